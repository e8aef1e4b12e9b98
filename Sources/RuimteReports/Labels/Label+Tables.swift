/// Table titles; a table's JSON `name` is its title's code without `table.`.
extension Label {
    static let tableSites = Label("table.sites", en: "Sites", nl: "Locaties")
    static let tableOverlaps = Label("table.overlaps", en: "Overlaps", nl: "Overlappingen")
    static let tableDistances = Label("table.distances", en: "Distances", nl: "Afstanden")
    static let tableNearest = Label("table.nearest_sites", en: "Nearest sites", nl: "Dichtstbijzijnde locaties")
    static let tableZoningExisting = Label(
        "table.zoning_existing", en: "Milieuzonering against existing sensitive functions (plan wonen and gemengd)",
        nl: "Milieuzonering tegenover bestaande gevoelige functies (wonen en gemengd uit het plan)")
    static let tableZoning = Label(
        "table.milieuzonering_indicative_vng_2009", en: "Milieuzonering (indicative, VNG 2009)",
        nl: "Milieuzonering (indicatief, VNG 2009)")
    static let tableParkPressure = Label(
        "table.space_pressure_per_business_park", en: "Space pressure per business park",
        nl: "Ruimtedruk per bedrijventerrein")
    static let tableCentrePressure = Label(
        "table.space_pressure_per_shopping_centre", en: "Space pressure per shopping centre",
        nl: "Ruimtedruk per wijkwinkelcentrum")
    static let tableZoneHeadroom = Label(
        "table.headroom_per_park_zone_where_each_milieucategorie_may_still_go",
        en: "Headroom per park zone: where each milieucategorie may still go",
        nl: "Ruimte per zone: waar elke milieucategorie nog kan")
    static let tableHousingHeadroom = Label(
        "table.headroom_per_housing_site_where_dwellings_may_stand",
        en: "Headroom per housing site: where dwellings may stand",
        nl: "Ruimte per woningbouwlocatie: waar woningen kunnen staan")
    static let tablePlanCoverage = Label(
        "table.plan_coverage", en: "Maximum bebouwingspercentage: allowed and built",
        nl: "Maximum bebouwingspercentage: toegestaan en gebouwd")
    static let tableSpacematrix = Label(
        "table.spacematrix_per_business_park", en: "Spacematrix per business park",
        nl: "Spacematrix per bedrijventerrein")
    static let tableZoneDwellings = Label(
        "table.existing_dwellings_within_the_richtafstand", en: "Existing dwellings within the richtafstand",
        nl: "Bestaande woningen binnen de richtafstand")
    static let tableCatchmentDwellings = Label(
        "table.existing_dwellings_per_shopping_centre_catchment",
        en: "Existing dwellings per shopping-centre catchment",
        nl: "Bestaande woningen per verzorgingsgebied")
    /// {0}: the scenario's name.
    static let tableScenario = Label("table.scenario", en: "Scenario: {0}", nl: "Scenario: {0}")
    static let tableVerdictChanges = Label(
        "table.milieuzonering_verdicts_that_change", en: "Milieuzonering verdicts that change",
        nl: "Milieuzonering: oordelen die veranderen")
    static let tableTotals = Label(
        "table.business_land_and_dwellings", en: "Business land and dwellings", nl: "Bedrijfsgrond en woningen")
}
