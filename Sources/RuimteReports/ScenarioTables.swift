import RuimteDomain
import RuimteFormats

/// Tables of a scenario comparison: every park and centre metric under the base and each
/// variant side by side with the change, the zoning verdicts that change, and the totals.
public enum ScenarioTables {
    /// Every compared metric (``ParkMetrics``, ``CentreMetrics``), one row per site and metric;
    /// per variant its value and the change.
    ///
    /// Only the rows where some variant differs from the base, unless `all`; the note counts the
    /// rows left out.
    public static func metrics(
        _ comparison: ScenarioComparison, parameters: PressureParameters = .standard,
        parkMetrics: [Metric<ParkPressure>]? = nil, all: Bool = true
    ) -> Table {
        var columns = [
            Column("site_id", Label.columnSite()),
            Column("metric", Label.columnMetric(), legend: Label.legendMetricCodes()),
            Column("base", Label.columnBase(), .value),
        ]
        for (i, name) in comparison.variantNames.enumerated() {
            columns += [
                Column(
                    "variant_\(i + 1)", Label.columnVariantNumber(.number(Double(i + 1), 0)), .value,
                    legend: .verbatim(name)),
                Column("change_\(i + 1)", Label.columnChangeNumber(.number(Double(i + 1), 0)), .value),
            ]
        }
        let every =
            metricRows(comparison.pressure.map(\.parks), parkMetrics ?? ParkMetrics.all(parameters)) { $0.park }
            + metricRows(comparison.pressure.map(\.centres), CentreMetrics.all(parameters)) { $0.centre }
        // Cells 2, 3, 5, …: the base and each variant's value.
        let rows =
            all ? every : every.filter { row in stride(from: 3, to: row.count, by: 2).contains { row[$0] != row[2] } }
        let left = every.count - rows.count
        return Table(
            .tableScenario, .text(comparison.name), columns: columns, rows: rows,
            notes: [variantsNote(comparison), Label.noteScenarioChange(), Label.noteScenarioMachine()]
                + (left > 0 ? [Label.noteScenarioUnchanged(.number(Double(left), 0))] : []))
    }

    /// One row per site (in any variant) and compared metric: site, metric, base, then value
    /// and change per variant; a site missing from a variant has no value there.
    private static func metricRows<Subject>(
        _ variants: [[Subject]], _ metrics: [Metric<Subject>],
        site: (Subject) -> SiteRef
    ) -> [[Cell]] {
        let bySite = variants.map { subjects in
            Dictionary(subjects.map { (site($0), $0) }, uniquingKeysWith: { a, _ in a })
        }
        let sites = Set(bySite.flatMap(\.keys)).sorted()
        return sites.flatMap { ref in
            metrics.filter(\.compared).map { metric in
                let values = bySite.map { $0[ref].map(metric.value) ?? .missing }
                var cells: [Cell] = [.site(ref), .coded(code: metric.key, label: metric.header), values[0]]
                for value in values.dropFirst() { cells += [value, change(from: values[0], to: value)] }
                return cells
            }
        }
    }

    /// The milieuzonering verdicts that differ from the base.
    public static func verdicts(_ comparison: ScenarioComparison) -> Table {
        Table(
            .tableVerdictChanges,
            columns: [
                Column("variant", Label.columnVariantShort(), legend: Label.legendVariantNumber()),
                Column("park_id", Label.columnPark()), Column("zone_id", Label.columnZone()),
                Column("housing_id", Label.columnHousing()),
                Column("base", Label.columnBase()), Column("verdict", Label.columnVariant()),
            ],
            rows: comparison.verdictChanges.map { v in
                [
                    variantCell(v.variant, comparison), .text(v.park), .text(v.zone), .text(v.housing),
                    verdictCell(v.base), verdictCell(v.value),
                ]
            }, notes: comparison.verdictChanges.isEmpty ? [Label.noteNoVerdictChanges()] : [variantsNote(comparison)])
    }

    /// Business land, its loss and compensation, and planned dwellings near business zones.
    public static func totals(_ comparison: ScenarioComparison) -> Table {
        Table(
            .tableTotals,
            columns: [
                Column("variant", Label.columnVariant()),
                Column("business_ha", Label.columnBusinessHa(), .number, legend: Label.legendBusinessLand()),
                Column("business_change_ha", Label.columnChangeHa(), .number),
                Column("loss_ha", Label.columnBp7Ha(), .number, legend: Label.legendBP7()),
                Column("compensation_required", Label.columnCompensation(), legend: Label.legendCompensationParks()),
                Column("planned_dwellings", Label.columnDwellings(), .range, legend: Label.legendPlannedDwellings()),
                Column("dwellings_within", Label.columnNearZones(), .range, legend: Label.legendDwellingsNearZones()),
            ],
            rows: comparison.totals.map { t in
                [
                    variantCell(t.variant, comparison), .number(t.businessHectares, decimals: 2),
                    .number(t.businessHectares - (comparison.totals.first?.businessHectares ?? 0), decimals: 2),
                    .number(t.lossHectares, decimals: 2),
                    t.compensationRequired.isEmpty
                        ? .coded("none", .valueNone) : .text(t.compensationRequired.joined(separator: ", ")),
                    .range(Double(t.plannedDwellings.lowerBound)...Double(t.plannedDwellings.upperBound), 0),
                    .range(t.dwellingsWithinRichtafstanden, 0),
                ]
            }, notes: [variantsNote(comparison)])
    }

    /// A variant by name for machines, by number for people (the names are in ``variantsNote(_:)``).
    static func variantCell(_ name: String, _ comparison: ScenarioComparison) -> Cell {
        comparison.variantNames.firstIndex(of: name).map { .coded(code: name, label: .verbatim("\($0 + 1)")) }
            ?? (name == "base" ? .coded("base", .columnBase) : .text(name))
    }

    static func variantsNote(_ comparison: ScenarioComparison) -> Phrase {
        Label.noteVariants(
            .text(
                comparison.variantNames.enumerated().map { "\($0.offset + 1) = \($0.element)" }
                    .joined(separator: "; ")))
    }

    static func verdictCell(_ verdict: Verdict?) -> Cell {
        verdict.map { .verdict($0) } ?? .coded("no_check", .valueNoCheck)
    }

    /// A variant's value minus the base's: numbers and ranges by their ends, words as changed
    /// or not, and where one side has no value, which one.
    static func change(from base: Cell, to value: Cell) -> Cell {
        switch (base, value) {
        case (.missing, .missing): return .missing
        case (.missing, _): return .coded("from_no_data", .valueFromNoData)
        case (_, .missing): return .coded("to_no_data", .valueToNoData)
        case (.number(let a, let d), .number(let b, _)): return .number(b - a, decimals: d)
        case (.interval(let a0, let a1, let d), .interval(let b0, let b1, _)):
            return .interval(b0 - a0, b1 - a1, decimals: d)
        default: return base == value ? .text("") : .coded("changed", .valueChanged)
        }
    }
}
