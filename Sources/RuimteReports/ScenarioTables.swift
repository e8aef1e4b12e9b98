import RuimteDomain
import RuimteFormats

/// Tables of a scenario comparison: every park and centre metric under the base and each
/// variant side by side with the change, the zoning verdicts that change, and the totals.
public enum ScenarioTables {
    /// Every metric, one row per site and metric; per variant its value and the change.
    public static func metrics(_ comparison: ScenarioComparison) -> Table {
        var columns = [Column("site_id", "site"), Column("metric", "metric"), Column("base", "base")]
        for (i, name) in comparison.variantNames.enumerated() {
            columns += [Column("variant_\(i + 1)", name), Column("change_\(i + 1)", "change \(i + 1)")]
        }
        let rows: [[Cell]] = comparison.metrics.map { row in
            let decimals = decimals(row.metric)
            var cells: [Cell] = [.text(row.site.id), .text(row.metric), cell(row.base, decimals)]
            for value in row.variants { cells += [cell(value, decimals), change(from: row.base, to: value, decimals)] }
            return cells
        }
        return Table(title: "Scenario: \(comparison.name)", columns: columns, rows: rows, notes: [
            "variants: " + comparison.variantNames.enumerated().map { "\($0.offset + 1) = \($0.element)" }.joined(separator: "; "),
            "change: variant minus base (low / high for ranges); \"from no data\" or \"to no data\" where one side has no value (no category, or no such site); metrics defined in notebooks-md/metrics.md",
        ])
    }

    /// The milieuzonering verdicts that differ from the base.
    public static func verdicts(_ comparison: ScenarioComparison) -> Table {
        Table(title: "Milieuzonering verdicts that change", columns: [
            Column("variant", "variant"), Column("park_id", "park"), Column("zone_id", "zone"), Column("housing_id", "housing"),
            Column("base", "base"), Column("verdict", "variant"),
        ], rows: comparison.verdictChanges.map { v in
            [.text(v.variant), .text(v.park), .text(v.zone), .text(v.housing), .text(v.base?.rawValue ?? "no check"), .text(v.value?.rawValue ?? "no check")]
        }, notes: comparison.verdictChanges.isEmpty ? ["no verdict changes in any variant"] : [])
    }

    /// Business land, its loss and compensation, and planned dwellings near business zones.
    public static func totals(_ comparison: ScenarioComparison) -> Table {
        Table(title: "Business land and dwellings", columns: [
            Column("variant", "variant"), Column("business_ha", "business land (ha)"), Column("business_change_ha", "change (ha)"),
            Column("loss_ha", "BP-7 lost (ha)"), Column("compensation_required", "compensation required"),
            Column("planned_dwellings", "planned dwellings"), Column("dwellings_within", "within a richtafstand"),
        ], rows: comparison.totals.map { t in
            [.text(t.variant), .number(t.businessHectares, decimals: 2),
             .number(t.businessHectares - (comparison.totals.first?.businessHectares ?? 0), decimals: 2),
             .number(t.lossHectares, decimals: 2), .text(t.compensationRequired.isEmpty ? "none" : t.compensationRequired.joined(separator: ", ")),
             .range(Double(t.plannedDwellings.lowerBound)...Double(t.plannedDwellings.upperBound), 0), .range(t.dwellingsWithinRichtafstanden, 0)]
        }, notes: ["business land: the parks' outlines; within a richtafstand: planned dwellings inside any zone's contour, apportioned by area, each counted once",
                   "compensation: the Zuid-Holland rule of BP-7 per park; compensation sites are not modelled"])
    }

    static func decimals(_ metric: String) -> Int {
        if metric.contains("share") || metric.contains("overlap") { return 3 }
        if metric.contains("(ha)") { return 2 }
        return 0
    }

    static func cell(_ value: MetricValue, _ decimals: Int) -> Cell {
        switch value {
        case .number(let v): .number(v, decimals: decimals)
        case .range(let low, let high): .range(low...high, decimals)
        case .text(let s): .text(s)
        case .missing: .missing
        }
    }

    static func change(from base: MetricValue, to value: MetricValue, _ decimals: Int) -> Cell {
        switch (base, value) {
        case (.missing, .missing): return .text("")
        case (.missing, _): return .text("from no data")
        case (_, .missing): return .text("to no data")
        case (.number(let a), .number(let b)): return .number(b - a, decimals: decimals)
        case (.range(let a0, let a1), .range(let b0, let b1)):
            let low = FixedDecimal.format(b0 - a0, decimals), high = FixedDecimal.format(b1 - a1, decimals)
            return .text(low == high ? low : "\(low) / \(high)")
        default: return .text(base == value ? "" : "changed")
        }
    }
}
