import RuimteDomain
import RuimteFormats

/// Tables of the headroom analysis: hectares allowed, undetermined and not allowed per
/// category per park zone, and per housing site for dwellings.
public enum HeadroomTables {
    /// Per park zone and category.
    public static func zones(_ rows: [ZoneHeadroom], areaType: AreaType) -> Table {
        Table(
            .tableZoneHeadroom,
            columns: [
                Column("park_id", Label.columnPark(), role: .detail), Column("zone_id", Label.columnZone()),
                Column("milieucategorie", Label.columnCategory()), Column("zone_ha", Label.columnZoneHa(), .number),
                Column("allowed_ha", Label.columnAllowedHa(), .number),
                Column("undetermined_ha", Label.columnUndeterminedHa(), .number),
                Column("not_allowed_ha", Label.columnNotAllowedHa(), .number),
            ],
            rows: rows.map { r in
                [.site(r.park), .text(r.zoneID), .text(r.category.rawValue)] + cells(r.parts)
            }, notes: [Label.noteHeadroom(), Label.noteHeadroomZones(.text(areaType.dutchName))])
    }

    /// Per housing site.
    public static func housing(_ rows: [HousingHeadroom]) -> Table {
        Table(
            .tableHousingHeadroom,
            columns: [
                Column("housing_id", Label.columnHousing()), Column("area_type", Label.columnAreaType()),
                Column("site_ha", Label.columnSiteHa(), .number),
                Column("allowed_ha", Label.columnAllowedHa(), .number),
                Column("undetermined_ha", Label.columnUndeterminedHa(), .number),
                Column("not_allowed_ha", Label.columnNotAllowedHa(), .number),
            ], rows: rows.map { r in [.site(r.housing), .text(r.areaType.rawValue)] + cells(r.parts) },
            notes: [Label.noteHeadroom(), Label.noteHeadroomHousing()])
    }

    private static func cells(_ parts: HeadroomParts) -> [Cell] {
        [
            .number(parts.siteArea / squareMetresPerHectare, decimals: 2),
            .number(parts.allowedArea / squareMetresPerHectare, decimals: 2),
            .number(parts.undeterminedArea / squareMetresPerHectare, decimals: 2),
            .number(parts.notAllowedArea / squareMetresPerHectare, decimals: 2),
        ]
    }
}

extension GeoJSONExport {
    /// The allowed and undetermined parts of every zone per category and of every housing site.
    public static func headroom(zones: [ZoneHeadroom], housing: [HousingHeadroom]) -> [ExportFeature] {
        var features: [ExportFeature] = []
        for z in zones {
            for (status, geometry) in [("allowed", z.parts.allowed), ("undetermined", z.parts.undetermined)]
            where !geometry.isEmpty {
                features.append(
                    ExportFeature(
                        geometry: geometry,
                        properties: [
                            "kind": .text("zone headroom"), "park_id": .text(z.park.id), "zone_id": .text(z.zoneID),
                            "milieucategorie": .text(z.category.rawValue), "status": .text(status),
                        ]))
            }
        }
        for h in housing {
            for (status, geometry) in [("allowed", h.parts.allowed), ("undetermined", h.parts.undetermined)]
            where !geometry.isEmpty {
                features.append(
                    ExportFeature(
                        geometry: geometry,
                        properties: [
                            "kind": .text("housing headroom"), "housing_id": .text(h.housing.id),
                            "area_type": .text(h.areaType.rawValue),
                            "status": .text(status),
                        ]))
            }
        }
        return features
    }
}
