/// Any of the Simple Features geometry types, as a pure-Swift `Sendable` value.
///
/// `Geometry<XY>` is in a projected system in metres (RD New in Ruimte) and is what every
/// measurement works on; `Geometry<LonLat>` is in WGS84 degrees and is what GeoJSON files
/// hold. Convert between them with ``CoordinateTransformer``.
///
/// An empty geometry of any type is represented as an empty ``GeometryCollection``.
public enum Geometry<C: Coordinate>: Sendable, Hashable {
    case point(Point<C>)
    case lineString(LineString<C>)
    case polygon(Polygon<C>)
    case multiPoint(MultiPoint<C>)
    case multiLineString(MultiLineString<C>)
    case multiPolygon(MultiPolygon<C>)
    case collection(GeometryCollection<C>)

    /// The empty geometry.
    public static var empty: Geometry<C> { .collection(GeometryCollection([])) }

    /// The GeoJSON / OGC type name (`"Polygon"`, `"MultiPolygon"`, ...).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        case .collection: "GeometryCollection"
        }
    }

    /// True when the geometry has no positions at all.
    public var isEmpty: Bool { coordinateCount == 0 }

    /// The number of positions, counting ring closing positions.
    public var coordinateCount: Int {
        var n = 0
        forEachCoordinateArray { n += $0.count }
        return n
    }

    /// The polygons of a `Polygon` or `MultiPolygon` (and of polygonal members of a
    /// collection), in order; empty for other types.
    public var polygons: [Polygon<C>] {
        switch self {
        case .polygon(let p): [p]
        case .multiPolygon(let m): m.polygons
        case .collection(let c): c.geometries.flatMap(\.polygons)
        default: []
        }
    }

    /// True for `Polygon` and `MultiPolygon`.
    public var isPolygonal: Bool {
        switch self {
        case .polygon, .multiPolygon: true
        default: false
        }
    }

    /// The bounding box, or nil when the geometry is empty.
    public var envelope: Envelope? {
        var env: Envelope?
        forEachCoordinateArray { coordinates in
            for c in coordinates {
                env =
                    env?.expanded(toInclude: c.first, c.second)
                    ?? Envelope(minX: c.first, minY: c.second, maxX: c.first, maxY: c.second)
            }
        }
        return env
    }

    /// Calls `body` for each run of positions (a point, a line, a ring) in order.
    public func forEachCoordinateArray(_ body: ([C]) throws -> Void) rethrows {
        switch self {
        case .point(let p): try body([p.coordinate])
        case .lineString(let l): try body(l.coordinates)
        case .polygon(let p):
            try body(p.exterior)
            for hole in p.holes { try body(hole) }
        case .multiPoint(let m): try body(m.points.map(\.coordinate))
        case .multiLineString(let m): for l in m.lineStrings { try body(l.coordinates) }
        case .multiPolygon(let m):
            for p in m.polygons { try Geometry.polygon(p).forEachCoordinateArray(body) }
        case .collection(let c):
            for g in c.geometries { try g.forEachCoordinateArray(body) }
        }
    }

    /// The same geometry with every run of positions replaced by `transform(run)`,
    /// which must return as many positions as it was given.
    ///
    /// This is how a whole geometry moves to another coordinate system in bulk:
    /// ``CoordinateTransformer`` transforms each run with one PROJ call.
    public func mapCoordinateArrays<D: Coordinate>(_ transform: ([C]) throws -> [D]) rethrows -> Geometry<D> {
        func polygon(_ p: Polygon<C>) throws -> Polygon<D> {
            Polygon(exterior: try transform(p.exterior), holes: try p.holes.map(transform))
        }
        switch self {
        case .point(let p):
            return .point(Point(try transform([p.coordinate])[0]))
        case .lineString(let l):
            return .lineString(LineString(try transform(l.coordinates)))
        case .polygon(let p):
            return .polygon(try polygon(p))
        case .multiPoint(let m):
            return .multiPoint(MultiPoint(try transform(m.points.map(\.coordinate)).map { Point($0) }))
        case .multiLineString(let m):
            return .multiLineString(
                MultiLineString(try m.lineStrings.map { LineString(try transform($0.coordinates)) }))
        case .multiPolygon(let m):
            return .multiPolygon(MultiPolygon(try m.polygons.map(polygon)))
        case .collection(let c):
            return .collection(GeometryCollection(try c.geometries.map { try $0.mapCoordinateArrays(transform) }))
        }
    }
}
