import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// Turns analysis results into tables with units in the headers: hectares with 2
/// decimals, metres with 1, ratios with 3 (the conventions of notebooks-md/metrics.md).
public enum AnalysisTables {
    static let accuracyNote = "accuracy (m): summed positional accuracy of the two outlines; see geodata/README.md"

    /// The loaded sites with their computed area (from `measures`), stated figures and accuracy.
    public static func sites(_ catalogue: SiteCatalogue, measures: [SiteRef: SiteMeasure]) throws -> Table {
        var rows: [[Cell]] = []
        func row(_ r: SiteRecord, stated: Double?, figures: [String]) throws {
            rows.append([.text(r.layer.kind), .text(r.id), .text(r.name), .number(measures[SiteRef(r)].map { $0.area / 10_000 }, 2),
                         .number(stated, 2), .text(figures.isEmpty ? "no data" : figures.joined(separator: "; ")),
                         .number(r.accuracy, decimals: 0)])
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
            Column("kind", "kind"), Column("id", "id"), Column("name", "name"), Column("area_ha", "area (ha)"),
            Column("stated_ha", "stated (ha)"), Column("figures", "figures (as sources state them)"), Column("accuracy_m", "accuracy (m)"),
        ], rows: rows, notes: ["area: computed from the outline in RD New (EPSG:28992); stated: as a source gives it"])
    }

    /// Overlapping pairs.
    public static func overlaps(_ overlaps: [Overlap]) -> Table {
        Table(title: "Overlaps", columns: [
            Column("a_id", "site a"), Column("b_id", "site b"), Column("area_m2", "shared (m2)"), Column("area_ha", "shared (ha)"),
            Column("share_of_a", "share of a"), Column("share_of_b", "share of b"), Column("accuracy_m", "accuracy (m)"),
        ], rows: overlaps.map { o in
            [.text(o.a.id), .text(o.b.id), .number(o.area, decimals: 1), .number(o.hectares, decimals: 2),
             .number(o.shareOfA, decimals: 3), .number(o.shareOfB, decimals: 3), .number(o.combinedAccuracy, decimals: 0)]
        }, notes: ["pairs with a positive shared area only; a shared strip narrower than the accuracy may not exist on the ground", accuracyNote])
    }

    /// Pairwise distances, with the within-verdict when a threshold was given.
    public static func distances(_ distances: [SiteDistance], within: Double?) -> Table {
        var columns = [Column("from_id", "from"), Column("to_id", "to"), Column("edge_m", "edge distance (m)"),
                       Column("centroid_m", "centroid distance (m)"), Column("accuracy_m", "accuracy (m)")]
        if let within { columns.append(Column("within", "within \(FixedDecimal.format(within, 0)) m")) }
        return Table(title: "Distances", columns: columns, rows: distances.map { d in
            var row: [Cell] = [.text(d.from.id), .text(d.to.id), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1),
                               .number(d.combinedAccuracy, decimals: 0)]
            if within != nil { row.append(.text(d.within?.rawValue ?? "no data")) }
            return row
        }, notes: ["edge distance: shortest straight line between the outlines, 0 when they touch or overlap", accuracyNote])
    }

    /// The nearest site of another layer for each site.
    public static func nearest(_ distances: [SiteDistance]) -> Table {
        Table(title: "Nearest sites", columns: [
            Column("from_id", "site"), Column("nearest_id", "nearest"), Column("edge_m", "edge distance (m)"),
            Column("centroid_m", "centroid distance (m)"), Column("accuracy_m", "accuracy (m)"),
        ], rows: distances.map { d in
            [.text(d.from.id), .text(d.to.id), .number(d.edge, decimals: 1), .number(d.centroid, decimals: 1), .number(d.combinedAccuracy, decimals: 0)]
        }, notes: [accuracyNote])
    }

    /// Milieuzonering checks.
    public static func zoning(_ result: (checks: [ZoningCheck], gaps: [ZoningGap]), source: String) -> Table {
        Table(title: "Milieuzonering (indicative, VNG 2009)", columns: [
            Column("park_id", "park"), Column("zone_id", "zone"), Column("milieucategorie", "cat."), Column("housing_id", "housing"),
            Column("area_type", "area type"), Column("required_m", "required (m)"), Column("actual_m", "actual (m)"),
            Column("shortfall_m", "shortfall (m)"), Column("accuracy_m", "accuracy (m)"), Column("verdict", "verdict"),
        ], rows: result.checks.map { c in
            [.text(c.park.id), .text(c.zoneID), .text(c.categoryText), .text(c.housing.id), .text(c.areaType.rawValue),
             .number(c.required, decimals: 1), .number(c.actual, decimals: 1), .number(c.shortfall, decimals: 1),
             .number(c.combinedAccuracy, decimals: 0), .text(c.verdict.rawValue)]
        } + result.gaps.map { g in
            // A park without a category gets a row too: silence would read as "no conflict".
            [.text(g.park.id), .missing, .missing, .text("all"), .missing, .missing, .missing, .missing, .missing, .text("no data")]
        }, notes: ["conflict: strictly closer than the richtafstand; exactly at it complies. Decided by distance, not by buffer contours",
                   "undetermined at this accuracy: the true distance may lie on either side of the richtafstand",
                   "richtafstanden: \(source)"] + result.gaps.map { "no data for \($0.park.id): \($0.reason)" })
    }

    /// The per-park traffic-light table with the metrics behind it.
    public static func parkPressure(_ rows: [ParkPressure], parameters: PressureParameters = .standard) -> Table {
        Table(title: "Space pressure per business park", columns: [
            Column("park_id", "park"), Column("light", "signal"), Column("max_category", "cat."),
            Column("headroom_steps", "BP-3 steps lost"), Column("constrained_share", "BP-4 constrained"),
            Column("facing_share", "BP-5 facing housing"), Column("dwellings_within", "BP-2 dwellings within"),
            Column("jobs_per_ha", "BP-6 jobs/ha"), Column("loss_ha", "BP-7 lost (ha)"), Column("compensation", "BP-7 compensation"),
            Column("reasons", "why"),
        ], rows: rows.map { p in
            let headroom: Cell = switch p.headroom {
            case .steps(let n): .integer(n)
            case .undetermined(let low, let high): .text("\(low)-\(high) (undetermined)")
            case .noData: .missing
            }
            return [.text(p.park.id), .text(p.light.rawValue), .text(p.maxCategoryText ?? "no data"), headroom,
                    .number(p.constrainedShare, 3), .number(p.facingShare, 3), .range(p.dwellingsWithinRichtafstand, 0),
                    .number(p.jobsPerHectare, 1), .number(p.lossHectares, decimals: 2), .text(p.compensation.rawValue),
                    .text(p.reasons.map(\.description).joined(separator: "; "))]
        }, notes: [
            "signal: red = BP-3 > 0 (zoned heavier than nearby housing permits); orange = BP-4 > \(FixedDecimal.format(parameters.constrainedShareThreshold, 2, trimZeros: true)), or business land lost that needs compensation, or no land terstond uitgeefbaar; no weighted score",
            "BP-2 to BP-7 are defined in notebooks-md/metrics.md; ratios 0-1; housing = the planned housing sites loaded",
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
            + radii.map { Column("dwellings_\(FixedDecimal.format($0, 0))m", "dwellings within \(FixedDecimal.format($0, 0)) m") }
            + [Column("catchment_overlap", "SC-3 \(FixedDecimal.format(parameters.catchmentOverlapRadius, 0)) m overlap"), Column("nearest_centre", "nearest centre"),
               Column("nearest_m", "distance (m)")],
        rows: rows.map { c in
            [.text(c.centre.id)] + c.plannedDwellingsWithin.map { .range($0.dwellings, 0) }
                + [.number(c.catchmentOverlapShare, decimals: 3), .text(c.nearestCentre?.id ?? "no data"), .number(c.nearestCentreDistance, 1)]
        }, notes: [
            "SC-1: planned dwellings of the housing sites, apportioned by the share of each site's area inside the catchment (areal interpolation), low-high as the sources' ranges",
            "catchments are hemelsbreed (straight-line) buffers of the centre's outline, not walking distance",
        ])
    }
}
