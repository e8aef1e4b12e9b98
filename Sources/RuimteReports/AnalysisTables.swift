import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// Turns analysis results into tables with units in the headers: hectares with 2
/// decimals, metres with 1, ratios with 3 (the conventions of notebooks-md/metrics.md).
public enum AnalysisTables {
    static let accuracyColumn = Column("accuracy_m", "± (m)", .number,
                                       legend: "summed positional accuracy of the two outlines; see geodata/README.md")
    static let edgeColumn = Column("edge_m", "edge (m)", .number,
                                   legend: "shortest straight line between the outlines, 0 when they touch or overlap")
    static let centroidColumn = Column("centroid_m", "centroids (m)", .number, role: .detail)

    /// The loaded sites with their computed area (from `measures`), stated figures and accuracy.
    public static func sites(_ catalogue: SiteCatalogue, measures: [SiteRef: SiteMeasure]) throws -> Table {
        var rows: [[Cell]] = []
        func row(_ r: SiteRecord, stated: Double?, figures: [String]) throws {
            rows.append([.text(r.layer.kind), .text(r.id), .text(r.name), .number(measures[SiteRef(r)].map { $0.area / 10_000 }, 2),
                         .number(stated, 2), .number(r.accuracy, decimals: 0),
                         figures.isEmpty ? .missing : .text(figures.joined(separator: "; "))])
        }
        for p in catalogue.parks {
            var figures: [String] = []
            if let f = p.firms { figures.append("\(f) firms") }
            if let j = p.jobs { figures.append("\(j) jobs") }
            if !p.zones.isEmpty { figures.append("milieucategorie " + p.zones.map(\.categoryText).joined(separator: "/")) }
            switch p.locationStatus {
            case .unresolved?: figures.append("location unresolved")
            case .identified?: figures.append("location identified, extent unknown")
            default: break
            }
            try row(p.record, stated: p.statedHectares, figures: figures)
        }
        for c in catalogue.centres {
            var figures: [String] = []
            if let a = c.floorArea { figures.append("\(FixedDecimal.format(a, 0)) m2 floor area (\(c.floorAreaBasis ?? "basis not stated"))") }
            if let s = c.shops { figures.append("\(s) shops") }
            if let d = c.plannedDwellings { figures.append("\(d) dwellings planned at the centre") }
            try row(c.record, stated: nil, figures: figures)
        }
        for h in catalogue.housing {
            let figures = h.plannedDwellings.map { ["\($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)") dwellings planned"] } ?? []
            try row(h.record, stated: h.statedHectares, figures: figures)
        }
        return Table(title: "Sites", columns: [
            Column("kind", "kind"), Column("id", "id", role: .detail), Column("name", "name"),
            Column("area_ha", "area (ha)", .number, legend: "computed from the outline in RD New (EPSG:28992)"),
            Column("stated_ha", "stated (ha)", .number, legend: "as a source gives it"),
            Column("accuracy_m", "± (m)", .number, legend: "positional accuracy of the outline; see geodata/README.md"),
            Column("figures", "figures", role: .note),
        ], rows: rows, notes: ["figures: as the sources state them"])
    }

    /// Overlapping pairs.
    public static func overlaps(_ overlaps: [Overlap]) -> Table {
        Table(title: "Overlaps", columns: [
            Column("a_id", "site a"), Column("b_id", "site b"), Column("area_m2", "shared (m2)", .number, role: .detail),
            Column("area_ha", "shared (ha)", .number), Column("share_of_a", "of a", .number, legend: "share of site a's area (0-1)"),
            Column("share_of_b", "of b", .number, legend: "share of site b's area (0-1)"), accuracyColumn,
        ], rows: overlaps.map { o in
            [.site(o.a), .site(o.b), .number(o.area, decimals: 1), .number(o.hectares, decimals: 2),
             .number(o.shareOfA, decimals: 3), .number(o.shareOfB, decimals: 3), .number(o.combinedAccuracy, decimals: 0)]
        }, notes: ["pairs with a positive shared area only; a shared strip narrower than the accuracy may not exist on the ground"])
    }

    /// Pairwise distances, with the within-verdict when a threshold was given.
    public static func distances(_ distances: [SiteDistance], within: Double?) -> Table {
        var columns = [Column("from_id", "from"), Column("to_id", "to"), edgeColumn, centroidColumn, accuracyColumn]
        if let within {
            columns.append(Column("within", "within \(FixedDecimal.format(within, 0)) m",
                                  legend: "undetermined: the accuracy leaves the distance on either side"))
        }
        return Table(title: "Distances", columns: columns, rows: distances.map { d in
            var row: [Cell] = [.site(d.from), .site(d.to), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1),
                               .number(d.combinedAccuracy, decimals: 0)]
            if within != nil { row.append(.within(d.within)) }
            return row
        })
    }

    /// The nearest site of another layer for each site.
    public static func nearest(_ distances: [SiteDistance]) -> Table {
        Table(title: "Nearest sites", columns: [
            Column("from_id", "site"), Column("nearest_id", "nearest"), edgeColumn, centroidColumn, accuracyColumn,
        ], rows: distances.map { d in
            [.site(d.from), .site(d.to), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1), .number(d.combinedAccuracy, decimals: 0)]
        })
    }

    /// Milieuzonering checks.
    public static func zoning(_ result: (checks: [ZoningCheck], gaps: [ZoningGap]), source: String) -> Table {
        Table(title: "Milieuzonering (indicative, VNG 2009)", columns: [
            Column("park_id", "park"), Column("zone_id", "zone", role: .detail), Column("milieucategorie", "cat.", legend: "milieucategorie of the zone"),
            Column("housing_id", "housing"), Column("area_type", "area type", role: .detail),
            Column("required_m", "req. (m)", .number, legend: "the richtafstand for the category and the housing's area type"),
            Column("actual_m", "actual (m)", .number, legend: "shortest distance from the zone to the housing site"),
            Column("shortfall_m", "shortfall (m)", .number, role: .detail), accuracyColumn,
            Column("verdict", "verdict", legend: "conflict: strictly closer than the richtafstand (exactly at it complies; decided by distance, not by buffer contours); undetermined: at this accuracy the true distance may lie on either side"),
            Column("reason", "why no data", role: .note),
        ], rows: result.checks.map { c in
            [.site(c.park), .text(c.zoneID), .text(c.categoryText), .site(c.housing), .text(c.areaType.rawValue),
             .number(c.required, decimals: 1), .number(c.actual, decimals: 1), .number(c.shortfall, decimals: 1),
             .number(c.combinedAccuracy, decimals: 0), .verdict(c.verdict), .missing]
        } + result.gaps.map { g in
            // A park without a category gets a row too: silence would read as "no conflict".
            [.site(g.park), .missing, .missing, .coded(code: "all", label: "all"), .missing, .missing, .missing, .missing, .missing,
             .coded(code: "no data", label: "no data"), .text(g.reason)]
        }, notes: ["richtafstanden: \(source)"])
    }

    /// The per-park traffic-light table with the metrics behind it.
    public static func parkPressure(_ rows: [ParkPressure], parameters: PressureParameters = .standard) -> Table {
        Table(title: "Space pressure per business park", columns: [
            Column("park_id", "park"),
            Column("light", "signal", legend: "red = BP-3 > 0 (zoned heavier than nearby housing permits); orange = BP-4 > \(FixedDecimal.format(parameters.constrainedShareThreshold, 2, trimZeros: true)), or business land lost that needs compensation, or no land terstond uitgeefbaar; undetermined = the accuracy leaves BP-3 open; no weighted score"),
            Column("max_category", "cat.", legend: "heaviest milieucategorie zoned"),
            Column("headroom_steps", "BP-3", .range, legend: "milieucategorie steps lost to nearby housing; a range is undetermined at this accuracy"),
            Column("constrained_share", "BP-4", .number, legend: "share of the park within the richtafstand of housing (0-1)"),
            Column("facing_share", "BP-5", .number, legend: "share of the park's edge facing housing (0-1)"),
            Column("dwellings_within", "BP-2", .range, legend: "planned dwellings within the richtafstand of any zone (low-high)"),
            Column("jobs_per_ha", "BP-6", .number, legend: "jobs per hectare"),
            Column("loss_ha", "BP-7 (ha)", .number, legend: "business land under planned housing"),
            Column("compensation", "BP-7 comp.", legend: "whether that loss needs compensation (Zuid-Holland rule)"),
            Column("reasons", "why", role: .note),
        ], rows: rows.map { p in
            let headroom: Cell = switch p.headroom {
            case .steps(let n): .interval(Double(n), Double(n), decimals: 0)
            case .undetermined(let low, let high): .interval(Double(low), Double(high), decimals: 0)
            case .noData: .missing
            }
            return [.site(p.park), .light(p.light), .text(p.maxCategoryText), headroom,
                    .number(p.constrainedShare, 3), .number(p.facingShare, 3), .range(p.dwellingsWithinRichtafstand, 0),
                    .number(p.jobsPerHectare, 1), .number(p.lossHectares, decimals: 2), .compensation(p.compensation),
                    .text(p.reasons.map(\.description).joined(separator: "; "))]
        }, notes: [
            "BP-2 to BP-7 are defined with the report (notebooks-md/metrics.md); housing = the planned housing sites loaded",
        ] + densityBasisNote(rows))
    }

    /// BP-6's hectares per park with a job count: IBIS netto, stated or the outline's bruto.
    private static func densityBasisNote(_ rows: [ParkPressure]) -> [String] {
        let parks = rows.filter { $0.jobsPerHectare != nil }
        guard !parks.isEmpty else { return [] }
        return ["BP-6 jobs/ha per hectare of: " + parks.map { "\($0.park.id) \($0.densityBasis.rawValue)" }.joined(separator: ", ")]
    }

    /// Per shopping centre: planned dwellings in the catchments, overlap, nearest centre.
    public static func centrePressure(_ rows: [CentrePressure], parameters: PressureParameters = .standard) -> Table {
        let radii = rows.first?.plannedDwellingsWithin.map(\.radius) ?? []
        return Table(title: "Space pressure per shopping centre", columns: [Column("centre_id", "centre")]
            + radii.map { Column("dwellings_\(FixedDecimal.format($0, 0))m", "SC-1 \(FixedDecimal.format($0, 0)) m", .range) }
            + [Column("catchment_overlap", "SC-3", .number,
                      legend: "share of the centre's \(FixedDecimal.format(parameters.catchmentOverlapRadius, 0)) m catchment shared with other centres' (0-1)"),
               Column("nearest_centre", "nearest centre"), Column("nearest_m", "distance (m)", .number)],
        rows: rows.map { c in
            [.site(c.centre)] + c.plannedDwellingsWithin.map { .range($0.dwellings, 0) }
                + [.number(c.catchmentOverlapShare, decimals: 3), c.nearestCentre.map { .site($0) } ?? .missing, .number(c.nearestCentreDistance, 1)]
        }, notes: [
            "SC-1 r m: planned dwellings of the housing sites within r m of the centre (low-high), apportioned by the share of each site's area inside the catchment (areal interpolation), low-high as the sources' ranges",
            "catchments are hemelsbreed (straight-line) buffers of the centre's outline, not walking distance",
        ])
    }
}
