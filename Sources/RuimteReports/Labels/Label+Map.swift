/// The memo map's title, subtitle, legend and sources line.
extension Label {
    /// {0}: the park, {1}: its signal, {2}: its accuracy in metres.
    static let mapParkTooltip = Label(
        "map.park_tooltip", en: "{0}: signal {1} (accuracy {2} m)", nl: "{0}: signaal {1} (nauwkeurigheid {2} m)")
    /// {0}: the site, {1}: its kind (the Dutch word), {2}: its accuracy in metres.
    static let mapSiteTooltip = Label(
        "map.site_tooltip", en: "{0} ({1}, accuracy {2} m)", nl: "{0} ({1}, nauwkeurigheid {2} m)")
    static let mapTitle = Label(
        "map.title", en: "Space for work and housing in Leiden", nl: "Ruimte voor werken en wonen in Leiden")
    static let mapSubtitle = Label(
        "map.subtitle", en: "business parks by space-pressure signal", nl: "bedrijventerreinen naar ruimtedruksignaal")
    static let mapParkRed = Label(
        "map.park_red", en: "park, red: zoned heavier than nearby housing permits",
        nl: "terrein, rood: zwaarder bestemd dan nabije woningbouw toelaat")
    static let mapParkOrange = Label(
        "map.park_orange", en: "park, orange: constrained, land lost or none for sale",
        nl: "terrein, oranje: beperkt, grond verloren of niets uitgeefbaar")
    static let mapParkGreen = Label("map.park_green", en: "park, green: no signal", nl: "terrein, groen: geen signaal")
    static let mapParkGrey = Label(
        "map.park_grey", en: "park, grey: undetermined at this accuracy",
        nl: "terrein, grijs: onbepaald bij deze nauwkeurigheid")
    static let mapParkWhite = Label(
        "map.park_white", en: "park, white: no data (no milieucategorie)",
        nl: "terrein, wit: geen gegevens (geen milieucategorie)")
    static let mapHousing = Label("map.housing", en: "woningbouwlocatie (housing site)", nl: "woningbouwlocatie")
    static let mapCentre = Label("map.centre", en: "wijkwinkelcentrum (shopping centre)", nl: "wijkwinkelcentrum")
    static let mapConstraintHard = Label(
        "map.constraint_hard", en: "hard constraint: no new sensitive function",
        nl: "harde beperking: geen nieuwe "
            + "gevoelige functie")
    static let mapConstraintSoft = Label(
        "map.constraint_soft", en: "soft constraint: with motivation or measures",
        nl: "zachte beperking: met motivering of maatregelen")
    static let mapConstraintTooltip = Label(
        "map.constraint_tooltip", en: "{0} ({1}): {2}, {3}", nl: "{0} ({1}): {2}, {3}")
    static let mapContour = Label("map.contour", en: "richtafstand contour", nl: "richtafstandscontour")
    static let mapConflict = Label(
        "map.conflict", en: "conflict: closer than the richtafstand", nl: "conflict: dichterbij dan de richtafstand")
    static let mapUndetermined = Label(
        "map.undetermined", en: "undetermined: may be either side", nl: "onbepaald: kan aan beide kanten liggen")
    /// {0}: a milieucategorie.
    static let mapCategoryAllowed = Label(
        "map.category_allowed", en: "category {0} allowed", nl: "categorie {0} toegestaan")
    /// {0}: a milieucategorie.
    static let mapCategoryUndetermined = Label(
        "map.category_undetermined", en: "category {0} undetermined", nl: "categorie {0} onbepaald")
    /// {0}: the range of the outlines' accuracy.
    static let mapSources = Label(
        "map.sources",
        en:
            "Sites: geodata/README.md or the layers given; outlines accurate to {0} as stated per site; verdicts "
            + "closer "
            + "than that read undetermined.",
        nl: "Locaties: geodata/README.md of de opgegeven lagen; contouren nauwkeurig tot {0} zoals per locatie "
            + "opgegeven; oordelen binnen die marge zijn onbepaald.")
}
