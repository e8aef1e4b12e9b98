import RuimteDomain
import RuimteFormats

/// Tables of the large-layer computations (`ruimte intensity`): Spacematrix per park and
/// existing dwellings per milieuzone and per shopping-centre catchment.
public enum IntensityTables {
    /// GSI/FSI per business park; `source` names the buildings file, `floors` says where the
    /// floors came from (and how many buildings lack them).
    public static func spacematrix(_ rows: [Spacematrix], buildings: Int, source: String, floors: String? = nil) -> Table {
        Table(title: "Spacematrix per business park", columns: [
            Column("park_id", "park"), Column("area_ha", "area (ha)", .number), Column("footprint_ha", "built (ha)", .number),
            Column("floor_area_ha", "floor area (ha)", .number), Column("gsi", "GSI", .number), Column("fsi", "FSI", .number),
        ], rows: rows.map { r in
            [.site(r.park), .number(r.area / squareMetresPerHectare, decimals: 2), .number(r.footprint / squareMetresPerHectare, decimals: 2),
             .number(r.floorArea.map { $0 / squareMetresPerHectare }, 2), .number(r.gsi, decimals: 3), .number(r.fsi, 3)]
        }, notes: ["GSI = built-up area / park area, FSI = floor area / park area (bruto; Berghauser Pont & Haupt)",
                   "\(buildings) buildings from \(source)"] + (floors.map { [$0] } ?? []))
    }

    /// Existing dwellings within each zone's richtafstand.
    public static func zoneDwellings(_ rows: [ZoneDwellings], areaType: AreaType, dwellings: Int, source: String,
                                     filter: String? = nil) -> Table {
        Table(title: "Existing dwellings within the richtafstand", columns: [
            Column("park_id", "park"), Column("zone_id", "zone"), Column("milieucategorie", "cat."),
            Column("richtafstand_m", "richtafstand (m)", .number), Column("dwellings", "dwellings within", .integer),
        ], rows: rows.map { r in
            [.site(r.park), .text(r.zoneID), .text(r.categoryText), .number(r.richtafstand, decimals: 1), .integer(r.dwellings)]
        }, notes: ["BP-2 for existing dwellings: points within the richtafstand (inclusive) of the zone, \(areaType.dutchName); a class (4.1-4.2) takes its heaviest sub-category",
                   "\(dwellings) dwellings from \(source)"] + (filter.map { [$0] } ?? []))
    }

    /// Existing dwellings within each catchment radius of each centre.
    public static func catchmentDwellings(_ rows: [CatchmentDwellings], radii: [Double]) -> Table {
        Table(title: "Existing dwellings per shopping-centre catchment", columns: [Column("centre_id", "centre")]
            + radii.map { Column("dwellings_\(FixedDecimal.format($0, 0))m", "within \(FixedDecimal.format($0, 0)) m", .integer) },
        rows: rows.map { r in [.site(r.centre)] + r.dwellings.map { .integer($0) } },
        notes: ["hemelsbreed from the centre's outline"])
    }
}
