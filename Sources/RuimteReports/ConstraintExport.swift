import RuimteDomain
import RuimteGeometry

/// The constraint layers of the GeoJSON and GeoPackage exports: `constraints` (each contour
/// or area as loaded, hard ones hatched and soft ones outlined) and `buildable_headroom` (the
/// part of each housing site that can still take dwellings, with the figures of the buildable
/// headroom table under their CSV keys).
extension GeoPackageExport {
    /// The names of the constraint layers, after ``layerNames``; exported when constraints are given.
    public static let constraintLayerNames = ["constraints", "buildable_headroom"]

    /// One constraint layer (`name` from ``constraintLayerNames``).
    public static func constraintLayer(_ name: String, _ constraints: [Constraint], result: ConstraintResult)
        -> Layer
    {
        let colour = QGISStyle.rgba(SVGMap.Style.constraint, alpha: 255)
        if name == "constraints" {
            return layer(
                name, .polygons, constraints.map(feature),
                QGISStyle.categorised(
                    "effect",
                    [
                        QGISStyle.Category("hard", "hard: no new sensitive function inside", colour, fill: .hatched),
                        QGISStyle.Category(
                            "soft", "soft: allowed with a motivation or measures", colour, dashed: true,
                            fill: .outline),
                    ], lines: false))
        }
        let figures = ConstraintTables.headroom(result).machineCells(keyedBy: ["housing_id"])
        let features = result.headroom.filter { !$0.geometry.isEmpty }.map { h in
            var properties = figures[h.site.id] ?? [:]
            properties["housing_id"] = .text(h.site.id)
            properties["name"] = .text(h.site.name)
            return ExportFeature(geometry: h.geometry, properties: properties)
        }
        return layer(
            name, .polygons, features,
            QGISStyle.single(colour: QGISStyle.rgba(SVGMap.Style.allowed, alpha: 150), lines: false))
    }

    /// A constraint as loaded, with the rule its kind stands for.
    private static func feature(_ c: Constraint) -> ExportFeature {
        ExportFeature(
            geometry: c.geometry,
            properties: [
                "id": .text(c.id), "name": .text(c.name), "kind": .text(c.kind.code),
                "effect": .text(c.effect.rawValue),
                "lden_db": .number(c.ldenDecibels, 1), "aandachtsgebied": .text(c.aandachtsgebied?.rawValue),
                "accuracy_m": .number(c.accuracy, decimals: 1), "source": .text(c.source),
                "rule": .text(c.kind.rule),
            ])
    }
}
