import RuimteGeometry

/// A milieuzonering check whose verdict differs between the base and a variant.
public struct VerdictChange: Sendable {
    /// The variant's name.
    public var variant: String
    /// Park, zone and housing site of the check.
    public var park: String, zone: String, housing: String
    /// The verdict in the base and in the variant; nil where the check does not exist.
    public var base: Verdict?, value: Verdict?
}

/// What a variant does to the city's totals.
public struct ScenarioTotals: Sendable {
    /// The variant's name ("base" for the base).
    public var variant: String
    /// Business land: the parks' outlines, hectares.
    public var businessHectares: Double
    /// BP-7 summed: business land under planned housing, hectares.
    public var lossHectares: Double
    /// Parks whose loss needs compensation (BP-7).
    public var compensationRequired: [String]
    /// Planned dwellings (low, high) of all housing sites.
    public var plannedDwellings: ClosedRange<Int>
    /// Planned dwellings inside any richtafstand contour (low, high).
    public var dwellingsWithinRichtafstanden: ClosedRange<Double>
}

/// Every metric of a scenario's base and variants, side by side.
public struct ScenarioComparison: Sendable {
    /// The scenario's name.
    public var name: String
    /// The variants' names, in order.
    public var variantNames: [String]
    /// The park and centre metrics of the base (first) and of each variant, in order.
    public var pressure: [VariantPressure]
    /// The zoning verdicts that change.
    public var verdictChanges: [VerdictChange]
    /// The totals, base first.
    public var totals: [ScenarioTotals]

    /// Runs every analysis on `base` and on each variant of `scenario`.
    public init(
        base: SiteCatalogue, scenario: Scenario, file: String, richtafstanden: Richtafstanden, areaType: AreaType,
        loader: inout LayerLoader
    ) throws {
        name = scenario.name
        variantNames = scenario.variants.map(\.name)
        let baseResult = try VariantResult(
            SpatialAnalysis(catalogue: base, richtafstanden: richtafstanden), name: "base", areaType: areaType)
        var results: [VariantResult] = []
        for (i, variant) in scenario.variants.enumerated() {
            let catalogue = try base.applying(variant, index: i, file: file, loader: &loader)
            results.append(
                try VariantResult(
                    SpatialAnalysis(catalogue: catalogue, richtafstanden: richtafstanden), name: variant.name,
                    areaType: areaType))
        }
        pressure = ([baseResult] + results).map(\.pressure)
        verdictChanges = results.flatMap { r in
            Set(baseResult.verdicts.keys).union(r.verdicts.keys).sorted().compactMap { key -> VerdictChange? in
                let before = baseResult.verdicts[key], after = r.verdicts[key]
                guard before != after else { return nil }
                let parts = key.split(separator: "|").map(String.init)
                return VerdictChange(
                    variant: r.name, park: parts[0], zone: parts[1], housing: parts[2], base: before, value: after)
            }
        }
        totals = ([baseResult] + results).map(\.totals)
    }
}

/// The park and centre metrics of one variant.
public struct VariantPressure: Sendable {
    /// Every park's metrics.
    public var parks: [ParkPressure]
    /// Every centre's metrics.
    public var centres: [CentrePressure]
}

/// The analyses of one variant, keyed for comparison.
private struct VariantResult {
    let name: String
    var pressure: VariantPressure
    /// "park|zone|housing" to verdict.
    var verdicts: [String: Verdict] = [:]
    var totals: ScenarioTotals

    init(_ analysis: SpatialAnalysis, name: String, areaType: AreaType) throws {
        self.name = name
        let parks = try analysis.parkPressure(areaType: areaType)
        pressure = VariantPressure(parks: parks, centres: try analysis.centrePressure())
        for check in try analysis.zoning(areaType: areaType).checks {
            verdicts["\(check.park.id)|\(check.zoneID)|\(check.housing.id)"] = check.verdict
        }
        let catalogue = analysis.catalogue
        let planned = catalogue.housing.compactMap(\.plannedDwellings)
        totals = ScenarioTotals(
            variant: name, businessHectares: parks.reduce(0) { $0 + $1.hectares },
            lossHectares: parks.reduce(0) { $0 + $1.lossHectares },
            compensationRequired: parks.filter { $0.compensation == .required }.map(\.park.id),
            plannedDwellings: planned.reduce(0) { $0 + $1.lowerBound }...planned.reduce(0) { $0 + $1.upperBound },
            dwellingsWithinRichtafstanden: try analysis.dwellingsWithinAnyRichtafstand(areaType: areaType))
    }
}
