import RuimteDomain
import RuimteFormats

/// Tables of the headroom analysis: hectares allowed, undetermined and not allowed per
/// category per park zone, and per housing site for dwellings.
public enum HeadroomTables {
    static let note = "allowed: farther than the richtafstand plus the summed accuracy from every neighbour; not allowed: closer than the richtafstand minus it; undetermined: the band between"

    /// Per park zone and category.
    public static func zones(_ rows: [ZoneHeadroom], areaType: AreaType) -> Table {
        Table(title: "Headroom per park zone: where each milieucategorie may still go", columns: [
            Column("park_id", "park", role: .detail), Column("zone_id", "zone"), Column("milieucategorie", "cat."),
            Column("zone_ha", "zone (ha)", .number), Column("allowed_ha", "allowed (ha)", .number),
            Column("undetermined_ha", "undetermined (ha)", .number), Column("not_allowed_ha", "not allowed (ha)", .number),
        ], rows: rows.map { r in
            [.site(r.park), .text(r.zoneID), .text(r.category.rawValue)] + cells(r.parts)
        }, notes: [note, "housing in a \(areaType.dutchName) unless a site states its own type; richtafstanden VNG 2009 (indicative)"])
    }

    /// Per housing site.
    public static func housing(_ rows: [HousingHeadroom]) -> Table {
        Table(title: "Headroom per housing site: where dwellings may stand", columns: [
            Column("housing_id", "housing"), Column("area_type", "area type"), Column("site_ha", "site (ha)", .number),
            Column("allowed_ha", "allowed (ha)", .number), Column("undetermined_ha", "undetermined (ha)", .number),
            Column("not_allowed_ha", "not allowed (ha)", .number),
        ], rows: rows.map { r in [.site(r.housing), .text(r.areaType.rawValue)] + cells(r.parts) },
        notes: [note, "every park zone with its category; a class such as 3.1-3.2 takes its heaviest sub-category for allowed and its lightest for not allowed; a park without a known category counts as anything up to 6 (undetermined within 1500 m)"])
    }

    private static func cells(_ parts: HeadroomParts) -> [Cell] {
        [.number(parts.siteArea / squareMetresPerHectare, decimals: 2), .number(parts.allowedArea / squareMetresPerHectare, decimals: 2),
         .number(parts.undeterminedArea / squareMetresPerHectare, decimals: 2), .number(parts.notAllowedArea / squareMetresPerHectare, decimals: 2)]
    }
}

extension GeoJSONExport {
    /// The allowed and undetermined parts of every zone per category and of every housing site.
    public static func headroom(zones: [ZoneHeadroom], housing: [HousingHeadroom]) -> [ExportFeature] {
        var features: [ExportFeature] = []
        for z in zones {
            for (status, geometry) in [("allowed", z.parts.allowed), ("undetermined", z.parts.undetermined)] where !geometry.isEmpty {
                features.append(ExportFeature(geometry: geometry, properties: [
                    "kind": .text("zone headroom"), "park_id": .text(z.park.id), "zone_id": .text(z.zoneID),
                    "milieucategorie": .text(z.category.rawValue), "status": .text(status)]))
            }
        }
        for h in housing {
            for (status, geometry) in [("allowed", h.parts.allowed), ("undetermined", h.parts.undetermined)] where !geometry.isEmpty {
                features.append(ExportFeature(geometry: geometry, properties: [
                    "kind": .text("housing headroom"), "housing_id": .text(h.housing.id), "area_type": .text(h.areaType.rawValue),
                    "status": .text(status)]))
            }
        }
        return features
    }
}
