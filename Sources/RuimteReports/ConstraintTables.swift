import RuimteDomain
import RuimteFormats

/// The tables of `ruimte constraints`: each constraint on each housing site, the verdict per
/// kind, the buildable headroom, and the constraints on business parks.
public enum ConstraintTables {
    /// Each constraint that reaches a housing site (at the high end of its band).
    public static func sites(_ result: ConstraintResult) -> Table {
        Table(
            .tableConstraintSites,
            columns: [
                Column("housing_id", Label.columnHousing()), Column("constraint_id", Label.columnConstraint()),
                Column("kind", Label.columnConstraintKind()), Column("effect", Label.columnEffect()),
                Column("lden_db", Label.columnLden(), .number, role: .detail),
                Column("aandachtsgebied", Label.columnAandachtsgebied(), role: .detail),
                Column("inside_ha", Label.columnInsideHa(), .number),
                Column("inside_m2", Label.columnInsideM2(), .number, role: .detail),
                Column(
                    "inside_band_ha", Label.columnInsideBandHa(), .range, role: .detail,
                    legend: Label.legendInsideBand()),
                Column("dwellings", Label.columnDwellingsInside(), .range, legend: Label.legendDwellingsInside()),
                Column("dwellings_band", Label.columnDwellingsInsideBand(), .range, role: .detail),
                Column("verdict", Label.columnVerdictShort(), legend: Label.legendConstraintVerdict()),
            ],
            rows: result.overlaps.map { o in
                [
                    .site(o.site), .site(o.constraint.id, o.constraint.name), .text(o.constraint.kind.code),
                    .coded(o.constraint.effect.rawValue, o.constraint.effect.label),
                    .number(o.constraint.ldenDecibels, 0), .text(o.constraint.aandachtsgebied?.rawValue),
                    .number(o.area / squareMetresPerHectare, decimals: 2), .number(o.area, decimals: 2),
                    hectares(o.areaBand),
                    .range(o.dwellings, 0), .range(o.dwellingsBand, 0), .coded(o.verdict.rawValue, o.verdict.label),
                ]
            }, notes: [Label.sliverNote])
    }

    /// One verdict per housing site and kind of constraint, with the rule it stands for.
    public static func kinds(_ result: ConstraintResult, rules: String) -> Table {
        Table(
            .tableConstraintKinds,
            columns: [
                Column("housing_id", Label.columnHousing()), Column("kind", Label.columnConstraintKind()),
                Column("verdict", Label.columnVerdictShort(), legend: Label.legendConstraintVerdict()),
                Column("constraints", Label.columnConstraints()), Column("rule", Label.columnRule(), role: .detail),
            ],
            rows: result.verdicts.map { v in
                [
                    .site(v.site), .text(v.kind.code), .coded(v.verdict.rawValue, v.verdict.label),
                    v.constraints.isEmpty ? .coded("", .valueNone) : .text(v.constraints.joined(separator: " ")),
                    .text(v.kind.rule),
                ]
            }, notes: [Label.noteConstraintRules(.text(rules))])
    }

    /// The buildable headroom of every housing site.
    public static func headroom(_ result: ConstraintResult) -> Table {
        Table(
            .tableBuildableHeadroom,
            columns: [
                Column("housing_id", Label.columnHousing()), Column("area_ha", Label.columnAreaHa(), .number),
                Column("buildable_ha", Label.columnBuildableHa(), .number, legend: Label.legendBuildable()),
                Column("buildable_share", Label.columnBuildableShare(), .number),
                Column("buildable_m2", Label.columnBuildableM2(), .number, role: .detail),
                Column(
                    "buildable_band_ha", Label.columnBuildableBandHa(), .range, role: .detail,
                    legend: Label.legendBuildableBand()),
                Column("dwellings", Label.columnDwellingsInside(), .range, legend: Label.legendBuildableDwellings()),
                Column("dwellings_band", Label.columnDwellingsInsideBand(), .range, role: .detail),
                Column("limited_by", Label.columnLimitedBy(), role: .detail),
            ],
            rows: result.headroom.map { h in
                [
                    .site(h.site), .number(h.siteArea / squareMetresPerHectare, decimals: 2),
                    .number(h.area / squareMetresPerHectare, decimals: 2), .number(h.share, decimals: 3),
                    .number(h.area, decimals: 2),
                    hectares(h.areaBand), .range(h.dwellings, 0), .range(h.dwellingsBand, 0),
                    h.limitedBy.isEmpty ? .missing : .text(h.limitedBy.joined(separator: " ")),
                ]
            }, notes: [Label.sliverNote])
    }

    /// The constraints on each business park.
    public static func parks(_ result: ConstraintResult) -> Table {
        Table(
            .tableConstraintParks,
            columns: [
                Column("park_id", Label.columnPark()), Column("constraint_id", Label.columnConstraint()),
                Column("kind", Label.columnConstraintKind()), Column("effect", Label.columnEffect()),
                Column("inside_ha", Label.columnInsideHa(), .number),
                Column("share", Label.columnParkShare(), .number),
            ],
            rows: result.parks.map { p in
                [
                    .site(p.park), .site(p.constraint.id, p.constraint.name), .text(p.constraint.kind.code),
                    .coded(p.constraint.effect.rawValue, p.constraint.effect.label),
                    .number(p.area / squareMetresPerHectare, decimals: 2), .number(p.share, decimals: 3),
                ]
            }, notes: [Label.sliverNote])
    }

    /// A band of m² as hectares.
    private static func hectares(_ band: ClosedRange<Double>) -> Cell {
        .interval(band.lowerBound / squareMetresPerHectare, band.upperBound / squareMetresPerHectare, decimals: 2)
    }
}
