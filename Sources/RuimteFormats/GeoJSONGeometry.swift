import RuimteGeometry

/// Reading and writing GeoJSON geometry objects (RFC 7946 §3.1).
///
/// Positions are `[first, second]` in the coordinate type's normalised order: `[lon, lat]`
/// for ``LonLat``, `[x, y]` for ``XY`` (RD New files with a legacy `crs` member). Extra
/// position members (elevation) are ignored. The writer orients rings as RFC 7946 §3.1.6
/// asks (exterior counter-clockwise, holes clockwise), prints a fixed number of decimals
/// and writes keys in sorted order, so the same geometry always gives the same bytes.
public enum GeoJSONGeometry {
    // MARK: Reading

    /// The geometry in a parsed GeoJSON geometry object.
    /// Errors say where in the object the problem is, e.g. `coordinates[0][2]`.
    public static func read<C: Coordinate>(_ json: JSONValue, as: C.Type = C.self) throws -> Geometry<C> {
        guard case .object = json else {
            throw failure("geometry", "expected an object, found \(json.typeDescription)")
        }
        guard let type = json["type"]?.stringValue else { throw failure("geometry", "missing \"type\"") }
        if type == "GeometryCollection" {
            guard case .array(let members)? = json["geometries"] else {
                throw failure("geometries", "a GeometryCollection needs a \"geometries\" array")
            }
            return .collection(GeometryCollection(try members.map { try read($0, as: C.self) }))
        }
        guard let coordinates = json["coordinates"] else { throw failure(type, "missing \"coordinates\"") }
        let path = "coordinates"
        switch type {
        case "Point":
            return .point(Point(try position(coordinates, path)))
        case "LineString":
            return .lineString(try lineString(coordinates, path))
        case "Polygon":
            return .polygon(try polygon(coordinates, path))
        case "MultiPoint":
            return .multiPoint(
                MultiPoint(
                    try array(coordinates, path).enumerated().map {
                        Point(try position($1, "\(path)[\($0)]"))
                    }))
        case "MultiLineString":
            return .multiLineString(
                MultiLineString(
                    try array(coordinates, path).enumerated().map {
                        try lineString($1, "\(path)[\($0)]")
                    }))
        case "MultiPolygon":
            return .multiPolygon(
                MultiPolygon(
                    try array(coordinates, path).enumerated().map {
                        try polygon($1, "\(path)[\($0)]")
                    }))
        default:
            throw failure("type", "unknown geometry type \"\(type)\"")
        }
    }

    private static func failure(_ path: String, _ message: String) -> GeometryError {
        GeometryError(.parse, operation: "read GeoJSON geometry", message: "\(path): \(message)")
    }

    private static func array(_ json: JSONValue, _ path: String) throws -> [JSONValue] {
        guard case .array(let items) = json else {
            throw failure(path, "expected an array, found \(json.typeDescription)")
        }
        return items
    }

    private static func position<C: Coordinate>(_ json: JSONValue, _ path: String) throws -> C {
        let items = try array(json, path)
        guard items.count >= 2 else { throw failure(path, "a position needs at least 2 numbers, found \(items.count)") }
        guard let a = items[0].numberValue, let b = items[1].numberValue else {
            throw failure(path, "position members must be numbers")
        }
        guard a.isFinite, b.isFinite else { throw failure(path, "position is not finite") }
        return C(first: a, second: b)
    }

    private static func positions<C: Coordinate>(_ json: JSONValue, _ path: String) throws -> [C] {
        try array(json, path).enumerated().map { try position($1, "\(path)[\($0)]") }
    }

    private static func lineString<C: Coordinate>(_ json: JSONValue, _ path: String) throws -> LineString<C> {
        let coordinates: [C] = try positions(json, path)
        guard coordinates.count != 1 else { throw failure(path, "a LineString needs at least 2 positions") }
        return LineString(coordinates)
    }

    private static func polygon<C: Coordinate>(_ json: JSONValue, _ path: String) throws -> Polygon<C> {
        let rings: [[C]] = try array(json, path).enumerated().map { i, ring in
            let ringPath = "\(path)[\(i)]"
            let coordinates: [C] = try positions(ring, ringPath)
            guard coordinates.count >= 4 else {
                throw failure(ringPath, "a ring needs at least 4 positions, found \(coordinates.count)")
            }
            guard coordinates.first == coordinates.last else {
                throw failure(ringPath, "ring is not closed (first and last positions differ)")
            }
            return coordinates
        }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }

    // MARK: Writing

    /// The geometry as a GeoJSON geometry object with `decimals` digits per number
    /// (7 for degrees is about 1 cm; 3 for metres is 1 mm), trailing zeros trimmed.
    public static func write<C: Coordinate>(_ geometry: Geometry<C>, decimals: Int) -> String {
        var out = ""
        write(geometry, decimals: decimals, into: &out)
        return out
    }

    /// Appends the geometry object to `out`.
    public static func write<C: Coordinate>(_ geometry: Geometry<C>, decimals: Int, into out: inout String) {
        func position(_ c: C) {
            out +=
                "[" + FixedDecimal.format(c.first, decimals, trimZeros: true) + ","
                + FixedDecimal.format(c.second, decimals, trimZeros: true) + "]"
        }
        func positions(_ cs: [C]) {
            out += "["
            for (i, c) in cs.enumerated() {
                if i > 0 { out += "," }
                position(c)
            }
            out += "]"
        }
        func polygon(_ p: Polygon<C>) {
            out += "["
            guard !p.exterior.isEmpty else {
                out += "]"
                return
            }
            positions(Ring.oriented(p.exterior, counterClockwise: true))
            for hole in p.holes {
                out += ","
                positions(Ring.oriented(hole, counterClockwise: false))
            }
            out += "]"
        }
        func list<T>(_ items: [T], _ each: (T) -> Void) {
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                each(item)
            }
            out += "]"
        }
        if case .collection(let c) = geometry {
            out += "{\"geometries\":"
            list(c.geometries) { write($0, decimals: decimals, into: &out) }
            out += ",\"type\":\"GeometryCollection\"}"
            return
        }
        out += "{\"coordinates\":"
        switch geometry {
        case .point(let p): position(p.coordinate)
        case .lineString(let l): positions(l.coordinates)
        case .polygon(let p): polygon(p)
        case .multiPoint(let m): positions(m.points.map(\.coordinate))
        case .multiLineString(let m): list(m.lineStrings) { positions($0.coordinates) }
        case .multiPolygon(let m): list(m.polygons, polygon)
        case .collection: break
        }
        out += ",\"type\":\"\(geometry.typeName)\"}"
    }
}
