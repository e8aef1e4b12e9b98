import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// Everything a planner opens in QGIS, as GeoPackage layers of one geometry type each, with
/// a QGIS style per layer: sites (area, figures, signal), milieuzones, richtafstand contours,
/// conflict segments, overlaps, catchments, nearest-neighbour lines and headroom.
public enum GeoPackageExport {
    /// Traffic-light colours, distinct from the layer colours of the map.
    static let signalCategories = [
        QGISStyle.Category("red", "red: zoned heavier than nearby housing permits", "208,0,0,170"),
        QGISStyle.Category("orange", "orange: constrained, land lost or none for sale", "255,140,0,170"),
        QGISStyle.Category("green", "green: no signal at this accuracy", "60,170,60,170"),
        QGISStyle.Category("undetermined", "undetermined at this accuracy", "170,170,170,170"),
        QGISStyle.Category("no_data", "no data (no milieucategorie)", "255,255,255,120"),
        QGISStyle.Category("woningbouwlocatie", "woningbouwlocatie (housing site)", "46,158,68,90"),
        QGISStyle.Category("wijkwinkelcentrum", "wijkwinkelcentrum (shopping centre)", "31,95,191,150"),
    ]

    /// One exported layer: its name, its one geometry type, its features and its QGIS style.
    public struct Layer: Sendable {
        /// The layer's name in the GeoPackage, and the `--layer` value of a GeoJSON export.
        public var name: String
        /// Its one geometry type.
        public var kind: GeoPackageLayer.Kind
        /// Its features.
        public var features: [ExportFeature]
        /// Its QGIS style (QML).
        public var style: String
    }

    /// The GeoPackage layers for `analysis`, with housing of `areaType` where a site states none,
    /// and the constraint layers when `constraints` are given.
    public static func layers(_ analysis: SpatialAnalysis, areaType: AreaType, constraints: [Constraint] = [])
        throws -> [GeoPackageLayer]
    {
        let grid = try ExportGrid()
        return try exportLayers(analysis, areaType: areaType, constraints: constraints).map {
            try geoPackageLayer($0, grid: grid)
        }
    }

    /// The names of the exported layers, in GeoPackage order (and the `--layer` values).
    public static let layerNames = [
        "sites", "milieuzones", "richtafstand_contours", "conflict_segments", "overlaps", "catchments", "nearest",
        "touching", "headroom",
    ]

    /// The layers for `analysis`, each of one geometry type (a GeoJSON export writes one of them),
    /// with the constraint layers after them when `constraints` are given.
    public static func exportLayers(_ analysis: SpatialAnalysis, areaType: AreaType, constraints: [Constraint] = [])
        throws -> [Layer]
    {
        var layers = try layerNames.map { try exportLayer($0, analysis, areaType: areaType) }
        if !constraints.isEmpty {
            let result = try analysis.constraints(constraints, areaType: areaType)
            layers += constraintLayerNames.map { constraintLayer($0, constraints, result: result) }
        }
        return layers
    }

    /// One layer, computing only what it needs.
    public static func exportLayer(_ name: String, _ analysis: SpatialAnalysis, areaType: AreaType) throws -> Layer {
        switch name {
        case "sites":
            return layer(
                name, .polygons, try sites(analysis, areaType: areaType),
                QGISStyle.categorised("style_class", signalCategories, lines: false))
        case "milieuzones":
            let zones = analysis.catalogue.parks.flatMap { park in
                park.zones.map { zone in
                    ExportFeature(
                        geometry: zone.geometry,
                        properties: [
                            "park_id": .text(park.id), "zone_id": .text(zone.id),
                            "milieucategorie": .text(zone.categoryText),
                            "accuracy_m": .number(zone.accuracy, decimals: 1),
                            "source": .text(
                                zone.sources.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
                                    separator: "; ")),
                        ])
                }
            }
            return layer(
                name, .polygons, zones, QGISStyle.single(colour: "122,63,160,255", lines: false, outlineOnly: true))
        case "richtafstand_contours", "conflict_segments":
            return try zoningLayer(name, analysis, areaType: areaType)
        case "touching": return try touchingLayer(analysis, areaType: areaType)
        case "overlaps":
            return layer(
                name, .polygons, GeoJSONExport.overlaps(try analysis.overlaps(from: .parks, to: .housing)),
                QGISStyle.single(colour: "208,0,0,120", lines: false))
        case "catchments":
            let catchments = try analysis.catchments().map { c in
                ExportFeature(
                    geometry: c.area,
                    properties: [
                        "centre_id": .text(c.centre.id),
                        "radius_m": .number(c.radius, decimals: 0),
                    ])
            }
            return layer(
                name, .polygons, catchments,
                QGISStyle.single(colour: "31,95,191,255", dashed: true, lines: false, outlineOnly: true))
        case "nearest":
            let nearest = GeoJSONExport.segments(
                try analysis.nearest(from: .parks, to: .housing) + analysis.nearest(from: .centres, to: .housing))
            return layer(name, .lines, nearest, QGISStyle.single(colour: "90,90,90,255", dashed: true, lines: true))
        default:
            let headroom = GeoJSONExport.headroom(
                zones: try analysis.zoneHeadroom(areaType: areaType),
                housing: try analysis.housingHeadroom(areaType: areaType))
            return layer(
                name, .polygons, headroom,
                QGISStyle.categorised(
                    "status",
                    [
                        QGISStyle.Category("allowed", "allowed", "127,201,127,150"),
                        QGISStyle.Category("undetermined", "undetermined at this accuracy", "189,189,189,150"),
                    ], lines: false))
        }
    }

    /// Points where a checked zone touches a housing site, or a nearest pair touches.
    static func touchingLayer(_ analysis: SpatialAnalysis, areaType: AreaType) throws -> Layer {
        let nearest =
            try analysis.nearest(from: .parks, to: .housing) + analysis.nearest(from: .centres, to: .housing)
        let points = GeoJSONExport.touching(nearest, checks: try analysis.zoning(areaType: areaType).checks)
        return layer(
            "touching", .points, points,
            QGISStyle.markers(
                "verdict",
                [
                    QGISStyle.Category("conflict", "conflict: touches the zone", "208,0,0,255"),
                    QGISStyle.Category("undetermined", "undetermined at this accuracy", "77,77,77,255"),
                    QGISStyle.Category("", "nearest sites touch", "90,90,90,255"),
                ]))
    }

    /// The richtafstand contours or the conflict segments (both from one zoning run).
    static func zoningLayer(_ name: String, _ analysis: SpatialAnalysis, areaType: AreaType) throws -> Layer {
        let zoning = GeoJSONExport.zoning(
            contours: try analysis.zoningContours(areaType: areaType),
            checks: try analysis.zoning(areaType: areaType).checks)
        if name == "richtafstand_contours" {
            return layer(
                name, .polygons, zoning.filter { $0.geometry.isPolygonal },
                QGISStyle.single(colour: "122,63,160,255", dashed: true, lines: false, outlineOnly: true))
        }
        return layer(
            name, .lines, zoning.filter { !$0.geometry.isPolygonal },
            QGISStyle.categorised(
                "verdict",
                [
                    QGISStyle.Category("conflict", "conflict: closer than the richtafstand", "208,0,0,255"),
                    QGISStyle.Category(
                        "undetermined", "undetermined at this accuracy", "255,140,0,255",
                        dashed: true),
                ], lines: true))
    }

    /// Every site with its area, its stated figures (the sites table) and every metric of its
    /// kind (the pressure tables), under the same keys as the CSV and JSON.
    static func sites(_ analysis: SpatialAnalysis, areaType: AreaType) throws -> [ExportFeature] {
        let catalogue = analysis.catalogue
        let measures = try analysis.measures()
        let pressure = try analysis.parkPressure(areaType: areaType)
        let stated = try AnalysisTables.sites(analysis).machineCells(keyedBy: ["kind", "id"])
        let parks = AnalysisTables.parkPressure(pressure).machineCells(keyedBy: ["park_id"])
        let centres = AnalysisTables.centrePressure(try analysis.centrePressure()).machineCells(keyedBy: ["centre_id"])
        return zip(GeoJSONExport.sites(catalogue, pressure: pressure), catalogue.allRecords).map { feature, record in
            var f = feature
            let kind = f.properties["kind"]?.text ?? ""
            f.properties["style_class"] =
                kind == SiteLayer.parks.kind ? f.properties["signal"] ?? .text("no_data") : .text(kind)
            f.properties["area_ha"] = .number(measures[SiteRef(record)].map { $0.area / squareMetresPerHectare }, 4)
            // A park and a housing site may share an id: each table is looked up for its own layer.
            let own = [
                stated[record.layer.kind + "/" + record.id], record.layer == .parks ? parks[record.id] : nil,
                record.layer == .centres ? centres[record.id] : nil,
            ]
            for cells in own.compactMap({ $0 }) {
                for (key, cell) in cells where f.properties[key] == nil && key != "name" && key != "light" {
                    f.properties[key] = cell
                }
            }
            return f
        }
    }

    static func layer(_ name: String, _ kind: GeoPackageLayer.Kind, _ features: [ExportFeature], _ style: String)
        -> Layer
    {
        Layer(name: name, kind: kind, features: features, style: style)
    }

    /// A GeoPackage layer from export features: fields from their properties (sorted), typed by the first value.
    /// Polygons go on the 1 mm grid (parts thinner than it vanish, an emptied feature is left
    /// out) with their rings oriented counter-clockwise outside, clockwise inside.
    static func geoPackageLayer(_ exported: Layer, grid: ExportGrid) throws -> GeoPackageLayer {
        let (name, kind, features, style) = (exported.name, exported.kind, exported.features, exported.style)
        var types: [String: GeoPackageLayer.FieldType] = [:]
        for f in features {
            for (key, cell) in f.properties where types[key] == nil {
                switch cell {
                case .number: types[key] = .real
                case .integer: types[key] = .integer
                case .text, .coded, .interval: types[key] = .text
                case .missing: break
                }
            }
        }
        let names = Set(features.flatMap(\.properties.keys)).sorted()
        return GeoPackageLayer(
            name: name, kind: kind, fields: names.map { ($0, types[$0] ?? .text) },
            features: try features.compactMap { f in
                let geometry = try grid.snapped(f.geometry, size: 0.001).rightHandOriented
                guard !geometry.isEmpty else { return nil }
                return (
                    geometry,
                    f.properties.mapValues { cell -> GeoPackageLayer.Value in
                        switch cell {
                        case .number(let v, _): .real(v)
                        case .integer(let v): .integer(v)
                        case .text(let s), .coded(let s, _): .text(s)
                        case .interval: .text(cell.text)
                        case .missing: .null
                        }
                    }
                )
            }, style: style)
    }
}
