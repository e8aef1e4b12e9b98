/// One line per metric for the reports' definitions sections, so a report read outside the
/// repository still defines what it shows; notebooks-md/metrics.md has formulas, units and sources.
public enum MetricDefinitions {
    /// The metrics' short definitions (notebooks-md/metrics.md has the full ones).
    public static let all: [(code: String, name: String, formula: String)] = [
        ("BP-2", "planned dwellings within the richtafstand", "Σ planned dwellings × share of each housing site inside the union of the zones' richtafstand contours (low-high)"),
        ("BP-3", "milieucategorie steps lost", "steps between the zoned category and the heaviest category nearby housing permits, at both ends of the accuracy range"),
        ("BP-4", "constrained share", "share of the park inside the richtafstand of housing (0-1)"),
        ("BP-5", "facing housing", "share of the park's perimeter within the gemengd richtafstand of its heaviest category of housing (0-1)"),
        ("BP-6", "jobs per hectare", "jobs ÷ hectares (IBIS netto, else stated, else the outline)"),
        ("BP-7", "business land lost", "area of the park under planned housing (ha), and whether the Zuid-Holland rule requires compensation"),
        ("SC-1", "planned dwellings in the catchment", "Σ planned dwellings × share of each housing site inside 300, 500 and 1000 m of the centre (hemelsbreed)"),
        ("SC-3", "catchment overlap", "share of the centre's 500 m catchment inside other centres' catchments (0-1)"),
    ]
}
