import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// Turns analysis results into tables with units in the headers: hectares with 2
/// decimals, metres with 1, ratios with 3 (the conventions of notebooks-md/metrics.md).
public enum AnalysisTables {
    static let accuracyColumn = Column(
        "accuracy_m", Label.columnAccuracyM(), .number, legend: Label.legendSummedAccuracy())
    static let edgeColumn = Column("edge_m", Label.columnEdgeM(), .number, legend: Label.legendEdge())
    static let centroidColumn = Column("centroid_m", Label.columnCentroidsM(), .number, role: .detail)

    /// The loaded sites with their computed area, stated figures and accuracy.
    public static func sites(_ analysis: SpatialAnalysis) throws -> Table {
        let catalogue = analysis.catalogue, measures = try analysis.measures()
        var rows: [[Cell]] = []
        func row(_ r: SiteRecord, stated: Double?, figures: [Phrase]) throws {
            rows.append([
                .text(r.layer.kind), .text(r.id), .text(r.name),
                .number(measures[SiteRef(r)].map { $0.area / 10_000 }, 2),
                .number(stated, 2), .number(r.accuracy, decimals: 0),
                figures.isEmpty ? .missing : .phrase(.joined(figures, separator: "; ")),
            ])
        }
        for p in catalogue.parks {
            var figures: [Phrase] = []
            if let f = p.firms { figures.append(Label.figureFirms(.text(String(f)))) }
            if let j = p.jobs { figures.append(Label.figureJobs(.text(String(j)))) }
            if !p.zones.isEmpty {
                figures.append(Label.figureCategory(.text(p.zones.map(\.categoryText).joined(separator: "/"))))
            }
            switch p.locationStatus {
            case .unresolved?: figures.append(Label.figureLocationUnresolved())
            case .identified?: figures.append(Label.figureLocationIdentified())
            default: break
            }
            try row(p.record, stated: p.statedHectares, figures: figures)
        }
        for c in catalogue.centres {
            var figures: [Phrase] = []
            if let a = c.floorArea {
                let basis = c.floorAreaBasis.map(Phrase.verbatim) ?? Label.figureBasisNotStated()
                figures.append(Label.figureFloorArea(.text(FixedDecimal.format(a, 0)), .phrase(basis)))
            }
            if let s = c.shops { figures.append(Label.figureShops(.text(String(s)))) }
            if let d = c.plannedDwellings { figures.append(Label.figureCentreDwellings(.text(String(d)))) }
            try row(c.record, stated: nil, figures: figures)
        }
        for h in catalogue.housing {
            let figures = h.plannedDwellings.map { d in
                let count = d.lowerBound == d.upperBound ? "\(d.lowerBound)" : "\(d.lowerBound)-\(d.upperBound)"
                return [Label.figureHousingDwellings(.text(count))]
            }
            try row(h.record, stated: h.statedHectares, figures: figures ?? [])
        }
        return Table(
            .tableSites,
            columns: [
                Column("kind", Label.columnKind()), Column("id", Label.columnId(), role: .detail),
                Column("name", Label.columnName()),
                Column("area_ha", Label.columnAreaHa(), .number, legend: Label.legendComputedArea()),
                Column("stated_ha", Label.columnStatedHa(), .number, legend: Label.legendStated()),
                Column("accuracy_m", Label.columnAccuracyM(), .number, legend: Label.legendAccuracy()),
                Column("figures", Label.columnFigures(), role: .note),
            ], rows: rows, notes: [Label.noteFigures()])
    }

    /// Overlapping pairs.
    public static func overlaps(_ overlaps: [Overlap]) -> Table {
        Table(
            .tableOverlaps,
            columns: [
                Column("a_id", Label.columnSiteA()), Column("b_id", Label.columnSiteB()),
                Column("area_m2", Label.columnSharedM2(), .number, role: .detail),
                Column("area_ha", Label.columnSharedHa(), .number),
                Column("share_of_a", Label.columnOfA(), .number, legend: Label.legendShareOfA()),
                Column("share_of_b", Label.columnOfB(), .number, legend: Label.legendShareOfB()), accuracyColumn,
            ],
            rows: overlaps.map { o in
                [
                    .site(o.a), .site(o.b), .number(o.area, decimals: 1), .number(o.hectares, decimals: 2),
                    .number(o.shareOfA, decimals: 3), .number(o.shareOfB, decimals: 3),
                    .number(o.combinedAccuracy, decimals: 0),
                ]
            }, notes: [Label.noteOverlaps(), Label.sliverNote])
    }

    /// Pairwise distances, with the within-verdict when a threshold was given.
    public static func distances(_ distances: [SiteDistance], within: Double?) -> Table {
        var columns = [
            Column("from_id", Label.columnFrom()), Column("to_id", Label.columnTo()), edgeColumn, centroidColumn,
            accuracyColumn,
        ]
        if let within {
            columns.append(Column("within", Label.columnWithinRadius(.number(within, 0)), legend: Label.legendWithin()))
        }
        return Table(
            .tableDistances, columns: columns,
            rows: distances.map { d in
                var row: [Cell] = [
                    .site(d.from), .site(d.to), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1),
                    .number(d.combinedAccuracy, decimals: 0),
                ]
                if within != nil { row.append(.within(d.within)) }
                return row
            }, notes: [Label.sliverNote])
    }

    /// The nearest site of another layer for each site.
    public static func nearest(_ distances: [SiteDistance]) -> Table {
        Table(
            .tableNearest,
            columns: [
                Column("from_id", Label.columnSite()), Column("nearest_id", Label.columnNearest()), edgeColumn,
                centroidColumn,
                accuracyColumn,
            ],
            rows: distances.map { d in
                [
                    .site(d.from), .site(d.to), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1),
                    .number(d.combinedAccuracy, decimals: 0),
                ]
            }, notes: [Label.sliverNote])
    }

    /// Milieuzonering checks.
    public static func zoning(
        _ result: (checks: [ZoningCheck], gaps: [ZoningGap]), source: String, existing: Bool = false
    ) -> Table {
        Table(
            existing ? .tableZoningExisting : .tableZoning,
            columns: [
                Column("park_id", Label.columnPark()), Column("zone_id", Label.columnZone(), role: .detail),
                Column("milieucategorie", Label.columnCategory(), legend: Label.legendZoneCategory()),
                Column("housing_id", Label.columnHousing()), Column("area_type", Label.columnAreaType(), role: .detail),
                Column("required_m", Label.columnRequiredM(), .number, legend: Label.legendRequired()),
                Column("actual_m", Label.columnActualM(), .number, legend: Label.legendActual()),
                Column("shortfall_m", Label.columnShortfallM(), .number, role: .detail), accuracyColumn,
                Column("verdict", Label.columnVerdict(), legend: Label.legendZoningVerdict()),
                Column("reason", Label.columnWhyNoData(), role: .note),
            ],
            rows: result.checks.map { c in
                [
                    .site(c.park), .text(c.zoneID), .text(c.categoryText), .site(c.housing), .text(c.areaType.rawValue),
                    .number(c.required, decimals: 1), .number(c.actual, decimals: 1), .number(c.shortfall, decimals: 1),
                    .number(c.combinedAccuracy, decimals: 0), .verdict(c.verdict), .missing,
                ]
            }
                + result.gaps.map { g in
                    // A park without a category gets a row too: silence would read as "no conflict".
                    [
                        .site(g.park), .missing, .missing, .coded("all", .valueAll), .missing, .missing, .missing,
                        .missing, .missing,
                        .coded("no_data", .noData), .phrase(g.reason.phrase),
                    ]
                }, notes: [Label.noteRichtafstanden(.text(source)), Label.sliverNote])
    }

    /// The per-park traffic-light table with the metrics behind it (``ParkMetrics``).
    public static func parkPressure(
        _ rows: [ParkPressure], parameters: PressureParameters = .standard,
        metrics: [Metric<ParkPressure>]? = nil
    ) -> Table {
        Table(
            .tableParkPressure, metrics: metrics ?? ParkMetrics.all(parameters), subjects: rows,
            notes: [Label.noteParkPressure(), Label.sliverNote] + densityBasisNote(rows))
    }

    /// BP-6's hectares per park with a job count: IBIS netto, stated or the outline's bruto.
    private static func densityBasisNote(_ rows: [ParkPressure]) -> [Phrase] {
        let parks = rows.filter { $0.jobsPerHectare != nil }
        guard !parks.isEmpty else { return [] }
        let list = Phrase.joined(
            parks.map { .joined([.verbatim($0.park.id), .label($0.densityBasis.label, [])], separator: " ") },
            separator: ", ")
        return [Label.noteDensityBasis(.phrase(list))]
    }

    /// Per shopping centre: planned dwellings in the catchments, overlap, nearest centre (``CentreMetrics``).
    public static func centrePressure(_ rows: [CentrePressure], parameters: PressureParameters = .standard) -> Table {
        Table(
            .tableCentrePressure, metrics: CentreMetrics.all(parameters), subjects: rows,
            notes: [Label.noteSC1(), Label.noteCatchments()])
    }
}
