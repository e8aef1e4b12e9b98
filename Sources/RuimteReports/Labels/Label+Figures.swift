import RuimteDomain

/// The figures a site's sources state (the `figures` column of `ruimte sites`), and why a park
/// has no milieuzonering check.
extension Label {
    /// {0}: a count of firms.
    static let figureFirms = Label("figure.firms", en: "{0} firms", nl: "{0} bedrijven")
    /// {0}: a count of jobs.
    static let figureJobs = Label("figure.jobs", en: "{0} jobs", nl: "{0} arbeidsplaatsen")
    /// {0}: the zones' milieucategorieën, `/` between zones.
    static let figureCategory = Label("figure.category", en: "milieucategorie {0}", nl: "milieucategorie {0}")
    static let figureLocationUnresolved = Label(
        "figure.location_unresolved", en: "location unresolved", nl: "ligging niet vastgesteld")
    static let figureLocationIdentified = Label(
        "figure.location_identified", en: "location identified, extent unknown",
        nl: "ligging bekend, begrenzing onbekend")
    /// {0}: square metres, {1}: what the figure measures (the source's words, or ``figureBasisNotStated``).
    static let figureFloorArea = Label(
        "figure.floor_area", en: "{0} m2 floor area ({1})", nl: "{0} m2 vloeroppervlak ({1})")
    static let figureBasisNotStated = Label(
        "figure.basis_not_stated", en: "basis not stated", nl: "grondslag niet opgegeven")
    /// {0}: a count of shops.
    static let figureShops = Label("figure.shops", en: "{0} shops", nl: "{0} winkels")
    /// {0}: a count of dwellings.
    static let figureCentreDwellings = Label(
        "figure.centre_dwellings", en: "{0} dwellings planned at the centre", nl: "{0} woningen gepland bij het centrum"
    )
    /// {0}: a count or range of dwellings.
    static let figureHousingDwellings = Label(
        "figure.housing_dwellings", en: "{0} dwellings planned", nl: "{0} woningen gepland")
    static let gapNoZones = Label(
        "zoning_gap.no_zones",
        en: "no milieucategorie stated for this park; load zones with their category to check it",
        nl: "voor dit terrein is geen milieucategorie opgegeven; laad zones met hun categorie om het te toetsen")
}

extension ZoningGap.Reason {
    /// The reason in words.
    public var phrase: Phrase {
        switch self {
        case .noZones: Label.gapNoZones()
        }
    }
}
