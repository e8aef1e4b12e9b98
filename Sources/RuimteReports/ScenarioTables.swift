import RuimteDomain
import RuimteFormats

/// Tables of a scenario comparison: every park and centre metric under the base and each
/// variant side by side with the change, the zoning verdicts that change, and the totals.
public enum ScenarioTables {
    /// Every metric, one row per site and metric; per variant its value and the change.
    public static func metrics(_ comparison: ScenarioComparison) -> Table {
        var columns = [Column("site_id", "site"), Column("metric", "metric", legend: "BP and SC codes as in `ruimte pressure`; cat. = milieucategorie"),
                       Column("base", "base", .value)]
        for (i, name) in comparison.variantNames.enumerated() {
            columns += [Column("variant_\(i + 1)", "variant \(i + 1)", .value, legend: name), Column("change_\(i + 1)", "change \(i + 1)", .value)]
        }
        let rows: [[Cell]] = comparison.metrics.map { row in
            let decimals = decimals(row.metric)
            var cells: [Cell] = [.site(row.site), .coded(code: row.metric, label: shortName(row.metric)), cell(row.base, decimals)]
            for value in row.variants { cells += [cell(value, decimals), change(from: row.base, to: value, decimals)] }
            return cells
        }
        return Table(title: "Scenario: \(comparison.name)", columns: columns, rows: rows, notes: [
            variantsNote(comparison),
            "change: variant minus base (low / high for ranges); \"from no data\" or \"to no data\" where one side has no value (no category, or no such site); metrics defined in notebooks-md/metrics.md",
            "machines get each value as _low and _high (numbers, equal for a single number) or _text (a word such as a signal)",
        ])
    }

    /// The milieuzonering verdicts that differ from the base.
    public static func verdicts(_ comparison: ScenarioComparison) -> Table {
        Table(title: "Milieuzonering verdicts that change", columns: [
            Column("variant", "var.", legend: "the variant by number (listed below)"), Column("park_id", "park"), Column("zone_id", "zone"), Column("housing_id", "housing"),
            Column("base", "base"), Column("verdict", "variant"),
        ], rows: comparison.verdictChanges.map { v in
            [variantCell(v.variant, comparison), .text(v.park), .text(v.zone), .text(v.housing), verdictCell(v.base), verdictCell(v.value)]
        }, notes: comparison.verdictChanges.isEmpty ? ["no verdict changes in any variant"] : [variantsNote(comparison)])
    }

    /// Business land, its loss and compensation, and planned dwellings near business zones.
    public static func totals(_ comparison: ScenarioComparison) -> Table {
        Table(title: "Business land and dwellings", columns: [
            Column("variant", "variant"), Column("business_ha", "business (ha)", .number, legend: "business land: the parks' outlines"),
            Column("business_change_ha", "change (ha)", .number),
            Column("loss_ha", "BP-7 (ha)", .number, legend: "business land under planned housing"),
            Column("compensation_required", "compensation", legend: "parks whose loss needs compensation (the Zuid-Holland rule of BP-7; compensation sites are not modelled)"),
            Column("planned_dwellings", "dwellings", .range, legend: "planned dwellings (low-high)"),
            Column("dwellings_within", "near zones", .range, legend: "planned dwellings inside any zone's richtafstand contour, apportioned by area, each counted once"),
        ], rows: comparison.totals.map { t in
            [variantCell(t.variant, comparison), .number(t.businessHectares, decimals: 2),
             .number(t.businessHectares - (comparison.totals.first?.businessHectares ?? 0), decimals: 2),
             .number(t.lossHectares, decimals: 2), .text(t.compensationRequired.isEmpty ? "none" : t.compensationRequired.joined(separator: ", ")),
             .range(Double(t.plannedDwellings.lowerBound)...Double(t.plannedDwellings.upperBound), 0), .range(t.dwellingsWithinRichtafstanden, 0)]
        }, notes: [variantsNote(comparison)])
    }

    /// A variant by name for machines, by number for people (the names are in ``variantsNote(_:)``).
    static func variantCell(_ name: String, _ comparison: ScenarioComparison) -> Cell {
        comparison.variantNames.firstIndex(of: name).map { .coded(code: name, label: "\($0 + 1)") } ?? .text(name)
    }

    static func variantsNote(_ comparison: ScenarioComparison) -> String {
        "variants: " + comparison.variantNames.enumerated().map { "\($0.offset + 1) = \($0.element)" }.joined(separator: "; ")
    }

    static func verdictCell(_ verdict: Verdict?) -> Cell { verdict.map { .verdict($0) } ?? .coded(code: "no check", label: "no check") }

    static func decimals(_ metric: String) -> Int {
        if metric.contains("share") || metric.contains("overlap") { return 3 }
        if metric.contains("(ha)") { return 2 }
        return 0
    }

    static func cell(_ value: MetricValue, _ decimals: Int) -> Cell {
        switch value {
        case .number(let v): .number(v, decimals: decimals)
        case .range(let low, let high): .range(low...high, decimals)
        case .text(let s): TrafficLight(rawValue: s).map { .light($0) } ?? CompensationVerdict(rawValue: s).map { .compensation($0) } ?? .text(s)
        case .missing: .missing
        }
    }

    /// A metric's name for people: its code where it has one ("BP-2 dwellings within" is
    /// "BP-2", "SC-1 dwellings within 300 m" is "SC-1 300 m"), so that two variants fit 100 columns.
    static func shortName(_ metric: String) -> String {
        switch metric {
        case "milieucategorie": return "cat."
        case "area (ha)": return "size (ha)"
        case "BP-7 lost (ha)": return "BP-7 (ha)"
        case "BP-7 compensation": return "BP-7 comp."
        default:
            guard metric.hasPrefix("BP-") || metric.hasPrefix("SC-") else { return metric }
            let words = metric.split(separator: " ")
            let radius = metric.hasSuffix(" m") && words.count >= 3 ? " " + words[words.count - 2] + " m" : ""
            return String(words[0]) + radius
        }
    }

    static func change(from base: MetricValue, to value: MetricValue, _ decimals: Int) -> Cell {
        switch (base, value) {
        case (.missing, .missing): return .missing
        case (.text(let a), .text(let b)) where a == b: return .text("")
        case (.missing, _): return .coded(code: "from no data", label: "from no data")
        case (_, .missing): return .coded(code: "to no data", label: "to no data")
        case (.number(let a), .number(let b)): return .number(b - a, decimals: decimals)
        case (.range(let a0, let a1), .range(let b0, let b1)):
            return .interval(b0 - a0, b1 - a1, decimals: decimals)
        default: return base == value ? .missing : .coded(code: "changed", label: "changed")
        }
    }
}
