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
}
