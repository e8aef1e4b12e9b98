import RuimteDomain
import RuimteFormats

/// Tables of the large-layer computations (`ruimte intensity`): Spacematrix per park and
/// existing dwellings per milieuzone and per shopping-centre catchment.
public enum IntensityTables {
    /// GSI/FSI per business park; `source` names the buildings file, `notes` say what the
    /// BAG selection left out and where the floors came from (and how many buildings lack them).
    public static func spacematrix(_ rows: [Spacematrix], buildings: Int, source: String, notes: [Phrase] = [])
        -> Table
    {
        Table(
            .tableSpacematrix,
            columns: [
                Column("park_id", Label.columnPark()), Column("area_ha", Label.columnAreaHa(), .number),
                Column("footprint_ha", Label.columnBuiltHa(), .number),
                Column("floor_area_ha", Label.columnFloorAreaHa(), .number),
                Column("gsi", Label.columnGsi(), .number), Column("fsi", Label.columnFsi(), .number),
            ],
            rows: rows.map { r in
                [
                    .site(r.park), .number(r.area / squareMetresPerHectare, decimals: 2),
                    .number(r.footprint / squareMetresPerHectare, decimals: 2),
                    .number(r.floorArea.map { $0 / squareMetresPerHectare }, 2), .number(r.gsi, decimals: 3),
                    .number(r.fsi, 3),
                ]
            },
            notes: [
                Label.noteSpacematrix(),
                Label.noteBuildingsFrom(.number(Double(buildings), 0), .text(SecretMask.masked(source))),
            ]
                + notes)
    }

    /// Existing dwellings within each zone's richtafstand.
    public static func zoneDwellings(
        _ rows: [ZoneDwellings], areaType: AreaType, dwellings: Int, source: String,
        filter: Phrase? = nil
    ) -> Table {
        Table(
            .tableZoneDwellings,
            columns: [
                Column("park_id", Label.columnPark()), Column("zone_id", Label.columnZone()),
                Column("milieucategorie", Label.columnCategory()),
                Column("richtafstand_m", Label.columnRichtafstandM(), .number),
                Column("dwellings", Label.columnDwellingsWithin(), .integer),
            ],
            rows: rows.map { r in
                [
                    .site(r.park), .text(r.zoneID), .text(r.categoryText), .number(r.richtafstand, decimals: 1),
                    .integer(r.dwellings),
                ]
            },
            notes: [
                Label.noteZoneDwellings(.text(areaType.dutchName)),
                Label.noteDwellingsFrom(.number(Double(dwellings), 0), .text(SecretMask.masked(source))),
            ] + (filter.map { [$0] } ?? []))
    }

    /// Existing dwellings within each catchment radius of each centre.
    public static func catchmentDwellings(_ rows: [CatchmentDwellings], radii: [Double]) -> Table {
        Table(
            .tableCatchmentDwellings,
            columns: [Column("centre_id", Label.columnCentre())]
                + radii.map {
                    Column(
                        "dwellings_\(FixedDecimal.format($0, 0))m", Label.columnWithinRadius(.number($0, 0)), .integer)
                },
            rows: rows.map { r in [.site(r.centre)] + r.dwellings.map { .integer($0) } },
            notes: [Label.noteHemelsbreed()])
    }

    /// The plan's maximum bebouwingspercentage next to the share built, per maatvoering.
    public static func planCoverage(_ rows: [PlanCoverage], plan: String, buildings source: String) -> Table {
        Table(
            .tablePlanCoverage,
            columns: [
                Column("id", Label.columnId()), Column("area_ha", Label.columnAreaHa(), .number),
                Column("allowed_pct", Label.columnAllowedPct(), .number),
                Column("built_pct", Label.columnBuiltPct(), .number), Column("verdict", Label.columnVerdict()),
            ],
            rows: rows.map { r in
                [
                    .text(r.object.id), .number(r.area / squareMetresPerHectare, decimals: 2),
                    .number(r.allowedPercent, decimals: 1), .number(r.builtPercent, decimals: 1),
                    r.exceeds
                        ? .coded(code: "exceeds", label: Label.verdictExceeds())
                        : .coded(code: "within", label: Label.verdictWithin()),
                ]
            },
            notes: [Label.notePlanCoverage(.text(plan), .text(SecretMask.masked(source)))])
    }
}
