import RuimteGeometry

/// Reading one GeoJSON Feature straight from the text, without a ``JSONValue`` tree for its
/// geometry: positions go from the digits into `[Stored]` rings. This is the path of a million
/// BAG footprints; it takes the common shapes only (a Feature whose members are `type`, `id`,
/// `properties` and `geometry`; a Point, Polygon or MultiPolygon whose `type` comes before its
/// `coordinates`, well-formed). Anything else, including every error, is read again through
/// ``JSONParser/value(depth:)`` and ``GeoJSONFeatureSource/feature(_:index:)``, so the
/// feature and every message are the same as on the general path.
extension JSONParser {
    /// Thrown inside the direct path to hand the element to the general path.
    private struct Unusual: Error {}

    /// The array element at the parser (depth `depth`) as a source feature.
    mutating func geoJSONFeature(index: Int, depth: Int) throws -> SourceFeature {
        let start = offset
        do {
            quietFailures = true
            defer { quietFailures = false }
            return try directFeature(index: index, depth: depth)
        } catch {
            offset = start
            return GeoJSONFeatureSource.feature(try value(depth: depth), index: index)
        }
    }

    private mutating func directFeature(index: Int, depth: Int) throws -> SourceFeature {
        var type: JSONValue?, id: JSONValue?, properties: JSONValue?, geometry: SourceGeometry?
        try object(depth: depth) { name, parser in
            switch name {
            case "type" where type == nil: type = try parser.value(depth: depth + 1)
            case "id" where id == nil: id = try parser.value(depth: depth + 1)
            case "properties" where properties == nil: properties = try parser.value(depth: depth + 1)
            case "geometry" where geometry == nil: geometry = try parser.directGeometry()
            default: throw Unusual()
            }
        }
        return GeoJSONFeatureSource.feature(type: type, id: id, properties: properties, index: index) {
            geometry ?? .missing
        }
    }

    private mutating func directGeometry() throws -> SourceGeometry {
        if try peek() == UInt8(ascii: "n") {
            try literal("null")
            return .missing
        }
        var type: String?, geometry: Geometry<Stored>?
        try object(depth: 3) { name, parser in
            switch name {
            case "type" where type == nil && geometry == nil:
                guard try parser.peek() == UInt8(ascii: "\"") else { throw Unusual() }
                type = try parser.string()
            case "coordinates" where geometry == nil:
                switch type {
                case "Polygon"?: geometry = .polygon(try parser.directPolygon())
                case "MultiPolygon"?:
                    geometry = .multiPolygon(MultiPolygon(try parser.directList { try $0.directPolygon() }))
                case "Point"?: geometry = .point(Point(try parser.directPosition()))
                default: throw Unusual()
                }
            default: throw Unusual()
            }
        }
        guard let geometry else { throw Unusual() }
        return .read(geometry)
    }

    /// `[item, item, ...]` with at least one item.
    private mutating func directList<T>(_ item: (inout JSONParser) throws -> T) throws -> [T] {
        var items: [T] = []
        try array(depth: 4) { parser in items.append(try item(&parser)) }
        guard !items.isEmpty else { throw Unusual() }
        return items
    }

    private mutating func directPolygon() throws -> Polygon<Stored> {
        let rings = try directList { parser in
            var ring: [Stored] = []
            try parser.array(depth: 5) { parser in ring.append(try parser.directPosition()) }
            guard ring.count >= 4, ring.first == ring.last else { throw Unusual() }
            return ring
        }
        return Polygon(exterior: rings[0], holes: Array(rings.dropFirst()))
    }

    /// `[x, y]` or `[x, y, z]`: two or three numbers.
    private mutating func directPosition() throws -> Stored {
        try expect(UInt8(ascii: "["), "an array")
        _ = try peek()
        let x = try number()
        try expect(UInt8(ascii: ","), "','")
        _ = try peek()
        let y = try number()
        if try peek() == UInt8(ascii: ",") {
            offset += 1
            _ = try peek()
            _ = try number()
        }
        try expect(UInt8(ascii: "]"), "']'")
        return Stored(first: x, second: y)
    }
}
