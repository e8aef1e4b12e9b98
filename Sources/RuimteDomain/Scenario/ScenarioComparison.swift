import RuimteGeometry

/// A metric's value in one variant, typed for tables and machine formats.
public enum MetricValue: Sendable, Hashable {
    case number(Double)
    /// A low-high range (planned dwellings, undetermined steps).
    case range(Double, Double)
    case text(String)
    /// The site does not exist in this variant, or the metric has no data.
    case missing
}

/// One metric of one site, in the base and in every variant (in scenario order).
public struct MetricRow: Sendable {
    /// The site.
    public var site: SiteRef
    /// The metric's name (with its code, e.g. "BP-4 constrained share").
    public var metric: String
    /// Its value in the base.
    public var base: MetricValue
    /// Its value in each variant.
    public var variants: [MetricValue]
}

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
    /// Every park and centre metric.
    public var metrics: [MetricRow]
    /// The zoning verdicts that change.
    public var verdictChanges: [VerdictChange]
    /// The totals, base first.
    public var totals: [ScenarioTotals]

    /// Runs every analysis on `base` and on each variant of `scenario`.
    public init(base: SiteCatalogue, scenario: Scenario, file: String, richtafstanden: Richtafstanden, areaType: AreaType,
                loader: inout LayerLoader) throws {
        name = scenario.name
        variantNames = scenario.variants.map(\.name)
        let baseResult = try VariantResult(SpatialAnalysis(catalogue: base, richtafstanden: richtafstanden), name: "base", areaType: areaType)
        var results: [VariantResult] = []
        for (i, variant) in scenario.variants.enumerated() {
            let catalogue = try base.applying(variant, index: i, file: file, loader: &loader)
            results.append(try VariantResult(SpatialAnalysis(catalogue: catalogue, richtafstanden: richtafstanden), name: variant.name, areaType: areaType))
        }
        var keys: [String: (SiteRef, String)] = [:]
        for r in [baseResult] + results { for (key, value) in r.metrics { keys[key] = (value.0, value.1) } }
        metrics = keys.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }.map { key, info in
            MetricRow(site: info.0, metric: info.1, base: baseResult.metrics[key]?.2 ?? .missing,
                      variants: results.map { $0.metrics[key]?.2 ?? .missing })
        }
        verdictChanges = results.flatMap { r in
            Set(baseResult.verdicts.keys).union(r.verdicts.keys).sorted().compactMap { key -> VerdictChange? in
                let before = baseResult.verdicts[key], after = r.verdicts[key]
                guard before != after else { return nil }
                let parts = key.split(separator: "|").map(String.init)
                return VerdictChange(variant: r.name, park: parts[0], zone: parts[1], housing: parts[2], base: before, value: after)
            }
        }
        totals = ([baseResult] + results).map(\.totals)
    }
}

/// The analyses of one variant, keyed for comparison.
private struct VariantResult {
    let name: String
    /// "layer/id/order metric" to (site, metric name, value).
    var metrics: [String: (SiteRef, String, MetricValue)] = [:]
    /// "park|zone|housing" to verdict.
    var verdicts: [String: Verdict] = [:]
    var totals: ScenarioTotals

    init(_ analysis: SpatialAnalysis, name: String, areaType: AreaType) throws {
        self.name = name
        let parks = try analysis.parkPressure(areaType: areaType)
        var metrics: [String: (SiteRef, String, MetricValue)] = [:]
        func put(_ site: SiteRef, _ order: Int, _ metric: String, _ value: MetricValue) {
            metrics["\(site.layer.rawValue)/\(site.id)/\(order)"] = (site, metric, value)
        }
        for p in parks {
            put(p.park, 0, "area (ha)", .number(p.hectares))
            put(p.park, 1, "signal", .text(p.light.rawValue))
            put(p.park, 2, "milieucategorie", p.maxCategoryText.map { .text($0) } ?? .missing)
            put(p.park, 3, "BP-2 dwellings within", p.dwellingsWithinRichtafstand.map { .range($0.lowerBound, $0.upperBound) } ?? .missing)
            switch p.headroom {
            case .steps(let n): put(p.park, 4, "BP-3 steps lost", .number(Double(n)))
            case .undetermined(let low, let high): put(p.park, 4, "BP-3 steps lost", .range(Double(low), Double(high)))
            case .noData: put(p.park, 4, "BP-3 steps lost", .missing)
            }
            put(p.park, 5, "BP-4 constrained share", p.constrainedShare.map { .number($0) } ?? .missing)
            put(p.park, 6, "BP-5 facing share", p.facingShare.map { .number($0) } ?? .missing)
            put(p.park, 7, "BP-7 lost (ha)", .number(p.lossHectares))
            put(p.park, 8, "BP-7 compensation", .text(p.compensation.rawValue))
        }
        for c in try analysis.centrePressure() {
            for (k, w) in c.plannedDwellingsWithin.enumerated() {
                put(c.centre, k, "SC-1 dwellings within \(Int(w.radius)) m", .range(w.dwellings.lowerBound, w.dwellings.upperBound))
            }
            put(c.centre, 9, "SC-3 catchment overlap", .number(c.catchmentOverlapShare))
        }
        self.metrics = metrics
        for check in try analysis.zoning(areaType: areaType).checks {
            verdicts["\(check.park.id)|\(check.zoneID)|\(check.housing.id)"] = check.verdict
        }
        let catalogue = analysis.catalogue
        let planned = catalogue.housing.compactMap(\.plannedDwellings)
        totals = ScenarioTotals(
            variant: name, businessHectares: parks.reduce(0) { $0 + $1.hectares }, lossHectares: parks.reduce(0) { $0 + $1.lossHectares },
            compensationRequired: parks.filter { $0.compensation == .required }.map(\.park.id),
            plannedDwellings: planned.reduce(0) { $0 + $1.lowerBound }...planned.reduce(0) { $0 + $1.upperBound },
            dwellingsWithinRichtafstanden: try analysis.dwellingsWithinAnyRichtafstand(areaType: areaType))
    }
}
