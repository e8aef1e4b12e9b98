import RuimteDomain

/// Lines under people's tables: definitions, caveats, sources.
extension Label {
    /// {0}: the sign for no data.
    static let noteNoData = Label("note.no_data", en: "{0}: no data", nl: "{0}: geen gegevens")
    static let noteFigures = Label(
        "note.figures", en: "figures: as the sources state them", nl: "kengetallen: zoals de bronnen ze geven")
    static let noteOverlaps = Label(
        "note.overlaps",
        en:
            "pairs with a positive shared area only; a shared strip narrower than the accuracy may not exist on the "
            + "ground",
        nl: "alleen paren met een gedeelde oppervlakte; een gedeelde strook smaller dan de nauwkeurigheid bestaat "
            + "mogelijk niet in werkelijkheid")
    /// {0}: where the richtafstanden come from.
    static let noteRichtafstanden = Label("note.richtafstanden", en: "richtafstanden: {0}", nl: "richtafstanden: {0}")
    static let noteParkPressure = Label(
        "note.park_pressure",
        en:
            "BP-2 to BP-7 are defined with the report (notebooks-md/metrics.md); housing = the planned housing "
            + "sites loaded",
        nl:
            "BP-2 tot en met BP-7 staan gedefinieerd bij het rapport (notebooks-md/metrics.md); woningbouw = de "
            + "geladen "
            + "woningbouwlocaties")
    /// {0}: the parks and the hectares BP-6 divides by.
    static let noteDensityBasis = Label(
        "note.density_basis", en: "BP-6 jobs/ha per hectare of: {0}", nl: "BP-6 arbeidsplaatsen per hectare van: {0}")
    /// {0}: the radius of SC-1's catchments in metres.
    static let noteSC1 = Label(
        "note.sc1",
        en: "SC-1 r m: planned dwellings of the housing sites within r m of the centre (low-high), apportioned by the "
            + "share of each site's area inside the catchment (areal interpolation), low-high as the sources' ranges",
        nl:
            "SC-1 r m: geplande woningen van de woningbouwlocaties binnen r m van het centrum (laag-hoog), verdeeld "
            + "naar "
            + "het aandeel van elke locatie binnen het verzorgingsgebied (areaal interpoleren), laag-hoog volgens "
            + "de bronnen"
    )
    static let noteCatchments = Label(
        "note.catchments",
        en: "catchments are hemelsbreed (straight-line) buffers of the centre's outline, not walking distance",
        nl: "verzorgingsgebieden zijn hemelsbrede buffers om de contour van het centrum, geen loopafstand")
    static let noteHemelsbreed = Label(
        "note.hemelsbreed", en: "hemelsbreed from the centre's outline",
        nl: "hemelsbreed vanaf de contour van het centrum")
    static let noteHeadroom = Label(
        "note.headroom",
        en: "allowed: farther than the richtafstand plus the summed accuracy from every neighbour; not allowed: closer "
            + "than the richtafstand minus it; undetermined: the band between",
        nl: "toegestaan: verder dan de richtafstand plus de opgetelde nauwkeurigheid van elke buur; uitgesloten: "
            + "dichterbij dan de richtafstand min die nauwkeurigheid; onbepaald: de band ertussen")
    /// {0}: the omgevingstype.
    static let noteHeadroomZones = Label(
        "note.headroom_zones",
        en: "housing in a {0} unless a site states its own type; richtafstanden VNG 2009 (indicative)",
        nl:
            "woningbouw in een {0} tenzij een locatie een eigen omgevingstype opgeeft; richtafstanden VNG 2009 "
            + "(indicatief)"
    )
    static let noteHeadroomHousing = Label(
        "note.headroom_housing",
        en:
            "every park zone with its category; a class such as 3.1-3.2 takes its heaviest sub-category for allowed "
            + "and "
            + "its lightest for not allowed; a park without a known category counts as anything up to 6 (undetermined "
            + "within 1500 m)",
        nl: "elke zone met haar categorie; een klasse zoals 3.1-3.2 telt voor toegestaan met haar zwaarste en voor "
            + "uitgesloten met haar lichtste subcategorie; een terrein zonder bekende categorie telt als alles tot "
            + "en met 6 "
            + "(onbepaald binnen 1500 m)")
    static let noteSpacematrix = Label(
        "note.spacematrix",
        en: "GSI = built-up area / park area, FSI = floor area / park area (bruto; Berghauser Pont & Haupt)",
        nl:
            "GSI = bebouwd oppervlak / terreinoppervlak, FSI = vloeroppervlak / terreinoppervlak (bruto; Berghauser "
            + "Pont "
            + "& Haupt)")
    /// {0}: a count, {1}: the file.
    static let notePlanCoverage = Label(
        "note.plan_coverage",
        en: "built (%) = Σ area(footprint ∩ maatvoering) / area of the maatvoering; plan {0}; buildings from {1}",
        nl: "gebouwd (%) = Σ oppervlakte(pand ∩ maatvoering) / oppervlakte van de maatvoering; plan {0}; panden uit {1}"
    )
    /// {0}: a count of rows.
    static let noteScenarioUnchanged = Label(
        "note.scenario_unchanged",
        en: "{0} rows where no variant differs from the base are left out (--all shows them)",
        nl: "{0} rijen waarin geen variant van de basis verschilt zijn weggelaten (--all toont ze)")
    static let noteBuildingsFrom = Label("note.buildings_from", en: "{0} buildings from {1}", nl: "{0} panden uit {1}")
    /// {0}: a count, {1}: the file.
    static let noteDwellingsFrom = Label(
        "note.dwellings_from", en: "{0} dwellings from {1}", nl: "{0} woningen uit {1}")
    /// {0}: the omgevingstype.
    static let noteZoneDwellings = Label(
        "note.zone_dwellings",
        en:
            "BP-2 for existing dwellings: points within the richtafstand (inclusive) of the zone, {0}; a class "
            + "(4.1-4.2) "
            + "takes its heaviest sub-category",
        nl: "BP-2 voor bestaande woningen: punten binnen de richtafstand (inclusief) van de zone, {0}; een klasse "
            + "(4.1-4.2) telt met haar zwaarste subcategorie")
    /// {0}: the variants by number and name.
    static let noteVariants = Label("note.variants", en: "variants: {0}", nl: "varianten: {0}")
    static let noteScenarioChange = Label(
        "note.scenario_change",
        en:
            "change: variant minus base (low / high for ranges); \"from no data\" or \"to no data\" where one side "
            + "has no "
            + "value (no category, or no such site); metrics defined in notebooks-md/metrics.md",
        nl: "verschil: variant min basis (laag / hoog voor bereiken); \"nieuw\" of \"vervallen\" waar een kant geen "
            + "waarde heeft (geen categorie, of geen zulke locatie); maten gedefinieerd in notebooks-md/metrics.md")
    static let noteScenarioMachine = Label(
        "note.scenario_machine",
        en: "machines get each value as _low and _high (numbers, equal for a single number) or _text (a word such as a "
            + "signal)",
        nl:
            "machines krijgen elke waarde als _low en _high (getallen, gelijk voor één getal) of _text (een woord "
            + "zoals "
            + "een signaal)")
    static let noteNoVerdictChanges = Label(
        "note.no_verdict_changes", en: "no verdict changes in any variant",
        nl: "geen veranderde oordelen in een variant")
    /// {0}: the sliver tolerance in metres.
    static let noteSliver = Label(
        "note.sliver",
        en: "sliver rule: a shared area nowhere {0} m wide counts as touching, a gap under {0} m as 0 m",
        nl: "sliverregel: een gedeelde oppervlakte die nergens {0} m breed is telt als raken, een tussenruimte onder "
            + "{0} m als 0 m")
}

extension Label {
    /// The sliver rule's note with its tolerance.
    static var sliverNote: Phrase { noteSliver(.number(SliverRule.tolerance, 2, trim: true)) }
}
