import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// A feature to export: an RD New geometry with properties.
public struct ExportFeature: Sendable {
    /// The geometry in RD New metres.
    public var geometry: Geometry<XY>
    /// Properties; written with sorted keys.
    public var properties: [String: Cell]

    /// Creates a feature.
    public init(geometry: Geometry<XY>, properties: [String: Cell]) {
        self.geometry = geometry
        self.properties = properties
    }
}

/// Writes GeoJSON FeatureCollections for QGIS, GDAL and web maps.
///
/// By default RFC 7946: WGS84 lon/lat (transformed with PROJ), exterior rings
/// counter-clockwise, 7 decimals (about 1 cm), sorted keys. With ``CRSChoice/rdNew``
/// coordinates stay in RD New with 3 decimals (1 mm) and the legacy `crs` member that
/// QGIS and GDAL read.
public enum GeoJSONExport {
    /// The coordinate system of the written file.
    public enum CRSChoice: String, Sendable, CaseIterable {
        case wgs84 = "EPSG:4326"
        case rdNew = "EPSG:28992"
    }

    /// The collection as text. Polygons are put on the written grid first (1 mm in RD New,
    /// 1e-7 degree in WGS84), so that rounding to the written decimals cannot make a valid
    /// polygon invalid (thin slivers of headroom did).
    public static func collection(_ features: [ExportFeature], name: String, crs: CRSChoice) throws -> String {
        let toWGS84 = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
        let grid = try ExportGrid()
        var out = "{\"type\":\"FeatureCollection\",\"name\":\(JSONText.string(name)),"
        if crs == .rdNew {
            out += "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},"
        }
        out += "\"features\":[\n"
        var written = 0
        for feature in features {
            // A polygon the grid empties (a sliver thinner than the written precision) is left out.
            let geometry: String
            switch crs {
            case .wgs84:
                let snapped = try grid.snapped(try toWGS84.inverse(feature.geometry), size: 1e-7)
                if feature.geometry.isPolygonal && snapped.isEmpty { continue }
                geometry = GeoJSONGeometry.write(snapped, decimals: 7)
            case .rdNew:
                let snapped = try grid.snapped(feature.geometry, size: 0.001)
                if feature.geometry.isPolygonal && snapped.isEmpty { continue }
                geometry = GeoJSONGeometry.write(snapped, decimals: 3)
            }
            if written > 0 { out += ",\n" }
            written += 1
            out += "{\"geometry\":" + geometry
            out += ",\"properties\":{"
            out += feature.properties.sorted { $0.key < $1.key }.map {
                "\(JSONText.string($0.key)):\(JSONText.value($0.value))"
            }
            .joined(separator: ",")
            out += "},\"type\":\"Feature\"}"
        }
        out += "\n]}\n"
        return out
    }

    /// Every site as a feature with its layer, figures, accuracy and the park signals.
    public static func sites(_ catalogue: SiteCatalogue, pressure: [ParkPressure]) -> [ExportFeature] {
        let signals = Dictionary(pressure.map { ($0.park.id, $0) }, uniquingKeysWith: { first, _ in first })
        var features: [ExportFeature] = []
        for layer in SiteLayer.allCases {
            for r in catalogue.records(layer) {
                var p: [String: Cell] = [
                    "id": .text(r.id), "name": .text(r.name), "kind": .text(r.layer.kind),
                    "accuracy_m": .number(r.accuracy, decimals: 0),
                    "source": .text(r.sources["geometry"] ?? ""),
                ]
                // Only a park has a park's signal: a housing site may share its id.
                if layer == .parks, let s = signals[r.id] {
                    p["signal"] = .text(s.light.rawValue)
                    p["max_category"] = .text(s.maxCategoryText)
                    p["loss_ha"] = .number(s.lossHectares, decimals: 2)
                }
                features.append(ExportFeature(geometry: r.geometry, properties: p))
            }
        }
        return features
    }

    /// Overlap polygons.
    public static func overlaps(_ overlaps: [Overlap]) -> [ExportFeature] {
        overlaps.map { o in
            ExportFeature(
                geometry: o.geometry,
                properties: [
                    "a_id": .text(o.a.id), "b_id": .text(o.b.id), "area_m2": .number(o.area, decimals: 1),
                    "share_of_a": .number(o.shareOfA, decimals: 3), "share_of_b": .number(o.shareOfB, decimals: 3),
                ])
        }
    }

    /// Nearest-distance segments.
    /// Nearest-distance segments; a touching pair (points closer than the sliver tolerance) has
    /// no segment, it is a point in ``touching(_:checks:)``: validators refuse zero-length lines.
    public static func segments(_ distances: [SiteDistance]) -> [ExportFeature] {
        distances.filter { !touch($0.nearestPoints) }.map { d in
            ExportFeature(
                geometry: .lineString(LineString([d.nearestPoints.0, d.nearestPoints.1])),
                properties: [
                    "from_id": .text(d.from.id), "to_id": .text(d.to.id), "edge_m": .number(d.edge, decimals: 1),
                    "accuracy_m": .number(d.combinedAccuracy, decimals: 0),
                ])
        }
    }

    /// Richtafstand contours (maps only) and the conflict segments of the zoning checks.
    public static func zoning(
        contours: [(park: SiteRef, zone: MilieuZone, distance: Double, contour: Geometry<XY>)],
        checks: [ZoningCheck]
    ) -> [ExportFeature] {
        contours.map { c in
            ExportFeature(
                geometry: c.contour,
                properties: [
                    "park_id": .text(c.park.id), "zone_id": .text(c.zone.id),
                    "milieucategorie": .text(c.zone.categoryText),
                    "richtafstand_m": .number(c.distance, decimals: 1), "kind": .text("contour"),
                ])
        }
            + checks.filter { $0.verdict != .noConflict && !touch($0.nearestPoints) }.map { c in
                ExportFeature(
                    geometry: .lineString(LineString([c.nearestPoints.0, c.nearestPoints.1])),
                    properties: [
                        "park_id": .text(c.park.id), "zone_id": .text(c.zoneID), "housing_id": .text(c.housing.id),
                        "required_m": .number(c.required, decimals: 1), "actual_m": .number(c.actual, decimals: 1),
                        "verdict": .text(c.verdict.rawValue), "kind": .text("segment"),
                    ])
            }
    }

    /// True when two nearest points are closer than ``SliverRule/tolerance``: the sites touch.
    static func touch(_ points: (XY, XY)) -> Bool {
        ((points.0.x - points.1.x) * (points.0.x - points.1.x) + (points.0.y - points.1.y) * (points.0.y - points.1.y))
            .squareRoot() < SliverRule.tolerance
    }

    /// Where sites touch, as points: the milieuzonering checks (conflict or undetermined) whose
    /// zone touches the housing site, and the nearest pairs that touch.
    public static func touching(_ distances: [SiteDistance], checks: [ZoningCheck]) -> [ExportFeature] {
        checks.filter { $0.verdict != .noConflict && touch($0.nearestPoints) }.map { c in
            ExportFeature(
                geometry: .point(Point(c.nearestPoints.0)),
                properties: [
                    "kind": .text("zoning"), "park_id": .text(c.park.id), "zone_id": .text(c.zoneID),
                    "housing_id": .text(c.housing.id), "required_m": .number(c.required, decimals: 1),
                    "verdict": .text(c.verdict.rawValue),
                ])
        }
            + distances.filter { touch($0.nearestPoints) }.map { d in
                ExportFeature(
                    geometry: .point(Point(d.nearestPoints.0)),
                    properties: ["kind": .text("nearest"), "from_id": .text(d.from.id), "to_id": .text(d.to.id)])
            }
    }
}
