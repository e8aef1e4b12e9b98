/// Headings of the Markdown and HTML reports.
extension Label {
    static let reportMapCaption = Label(
        "report.map_caption", en: "Map of the sites, zoning contours and conflict segments",
        nl: "Kaart van de locaties, richtafstandscontouren en conflictlijnen")
    static let reportHeadline = Label(
        "report.headline", en: "Headline: signal per business park", nl: "Kern: signaal per bedrijventerrein")
    static let reportCentres = Label("report.centres", en: "Shopping centres", nl: "Wijkwinkelcentra")
    static let reportNearest = Label("report.nearest", en: "Nearest neighbours", nl: "Dichtstbijzijnde buren")
    static let reportDefinitions = Label("report.definitions", en: "Definitions", nl: "Definities")
    static let reportTitle = Label(
        "report.title", en: "Ruimte: space pressure in Leiden", nl: "Ruimte: ruimtedruk in Leiden")
    static let reportFullDefinitions = Label(
        "report.full_definitions",
        en: "The full definitions, with units and sources: notebooks-md/metrics.md in the Ruimte repository.",
        nl: "De volledige definities, met eenheden en bronnen: notebooks-md/metrics.md in de repository van Ruimte.")
    /// {0}: the site's id, {1}: its accuracy in metres.
    static let reportSiteID = Label(
        "report.site_id", en: "id `{0}`, positional accuracy {1} m", nl: "id `{0}`, plaatsnauwkeurigheid {1} m")
    /// {0}: what the source is for, {1}: the source.
    static let reportSiteSource = Label("report.site_source", en: "source (`{0}`): {1}", nl: "bron (`{0}`): {1}")
    /// {0}: what the note is about, {1}: the note.
    static let reportSiteNote = Label("report.site_note", en: "note (`{0}`): {1}", nl: "opmerking (`{0}`): {1}")
    /// {0}: checks, {1}: conflicts, {2}: undetermined checks.
    static let reportSiteChecks = Label(
        "report.site_checks", en: "milieuzonering: {0} checks, {1} conflict, {2} undetermined at this accuracy",
        nl: "milieuzonering: {0} toetsen, {1} conflict, {2} onbepaald bij deze nauwkeurigheid")
    /// {0}: the signal, {1}: the reasons.
    static let reportSiteSignal = Label("report.site_signal", en: "signal: **{0}**: {1}", nl: "signaal: **{0}**: {1}")
    /// {0}: the other site, {1}: hectares.
    static let reportSiteOverlap = Label("report.site_overlap", en: "overlaps {0}: {1} ha", nl: "overlapt {0}: {1} ha")
    static let reportLayers = Label("report.layers", en: "Layers", nl: "Lagen")
    static let reportLayerParks = Label("report.layer_parks", en: "Business parks", nl: "Bedrijventerreinen")
    static let reportLayerCentres = Label("report.layer_centres", en: "Shopping centres", nl: "Wijkwinkelcentra")
    static let reportLayerHousing = Label("report.layer_housing", en: "Housing sites", nl: "Woningbouwlocaties")
    /// {0}: the layer, {1}: its sites.
    static let reportLayerBundled = Label(
        "report.layer_bundled", en: "{0}: the bundled Leiden layer ({1} sites)",
        nl: "{0}: de meegeleverde Leidse laag ({1} locaties)")
    /// {0}: the layer, {1}: the file, {2}: its sites.
    static let reportLayerFile = Label(
        "report.layer_file", en: "{0}: `{1}` ({2} sites)", nl: "{0}: `{1}` ({2} locaties)")
    /// {0}: the layer.
    static let reportLayerNone = Label(
        "report.layer_none",
        en: "{0}: none; not given, and the bundled Leiden layer is not mixed with layers of your own",
        nl: "{0}: geen; niet opgegeven, en de meegeleverde Leidse laag wordt niet met eigen lagen gemengd")
    /// {0}: the scenario's name.
    static let reportScenario = Label("report.scenario", en: "Scenario: {0}", nl: "Scenario: {0}")
}
