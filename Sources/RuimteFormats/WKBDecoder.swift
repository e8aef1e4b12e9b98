import RuimteGeometry

/// A pure-Swift reader of 2D Well-Known Binary into ``Geometry`` values, for loading large
/// layers without a round trip through GEOS. Reads both byte orders and the ISO and
/// extended (EWKB, SRID flag) type codes; Z and M values are skipped. Curves (CircularString,
/// CompoundCurve, CurvePolygon, MultiCurve, MultiSurface) become lines and polygons, arcs
/// linearised within ``CircularArcs/maximumDeviation(near:)``.
public struct WKBDecoder {
    private let bytes: [UInt8]
    private var offset = 0

    /// Decodes one geometry from `bytes`; trailing bytes are an error.
    public static func decode<C: Coordinate>(_ bytes: [UInt8], as: C.Type = C.self) throws -> Geometry<C> {
        var decoder = WKBDecoder(bytes: bytes)
        let geometry: Geometry<C> = try decoder.geometry()
        guard decoder.offset == bytes.count else {
            throw decoder.failure("\(bytes.count - decoder.offset) trailing bytes")
        }
        return geometry
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func failure(_ message: String) -> GeometryError {
        GeometryError(.parse, operation: "read WKB", message: "\(message) at byte \(offset)")
    }

    private mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw failure("unexpected end") }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next fixed-width word in the given byte order.
    private mutating func word<T: FixedWidthInteger & UnsignedInteger>(_ littleEndian: Bool, as: T.Type = T.self) throws
        -> T
    {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw failure("unexpected end") }
        // One unaligned load, swapped when the word's order is not the machine's.
        let raw = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return littleEndian ? T(littleEndian: raw) : T(bigEndian: raw)
    }

    private mutating func uint32(_ littleEndian: Bool) throws -> UInt32 { try word(littleEndian) }

    private mutating func double(_ littleEndian: Bool) throws -> Double {
        Double(bitPattern: try word(littleEndian, as: UInt64.self))
    }

    private mutating func positions<C: Coordinate>(_ le: Bool, dimensions: Int) throws -> [C] {
        let n = Int(try uint32(le))
        guard n <= (bytes.count - offset) / (8 * dimensions) else { throw failure("count \(n) exceeds the data") }
        var result: [C] = []
        result.reserveCapacity(n)
        for _ in 0..<n {
            let a = try double(le), b = try double(le)
            offset += 8 * (dimensions - 2)
            result.append(C(first: a, second: b))
        }
        return result
    }

    private mutating func geometry<C: Coordinate>() throws -> Geometry<C> {
        let order = try byte()
        guard order <= 1 else { throw failure("byte order \(order) is neither 0 nor 1") }
        let le = order == 1
        var code = try uint32(le)
        var dimensions = 2
        if code & 0x2000_0000 != 0 { _ = try uint32(le) }  // EWKB SRID
        if code & 0x8000_0000 != 0 { dimensions += 1 }
        if code & 0x4000_0000 != 0 { dimensions += 1 }
        code &= 0x0FFF_FFFF
        if code >= 1000 {
            dimensions += code >= 3000 ? 2 : 1
            code %= 1000
        }
        switch code {
        case 1:
            let p: [C] = [C(first: try double(le), second: try double(le))]
            offset += 8 * (dimensions - 2)
            if p[0].first.isNaN { return .empty }
            return .point(Point(p[0]))
        case 2:
            return .lineString(LineString(try positions(le, dimensions: dimensions)))
        case 3:
            let rings = Int(try uint32(le))
            var all: [[C]] = []
            for _ in 0..<rings { all.append(try positions(le, dimensions: dimensions)) }
            guard let exterior = all.first else { return .polygon(Polygon(exterior: [])) }
            return .polygon(Polygon(exterior: exterior, holes: Array(all.dropFirst())))
        case 4, 5, 6, 7:
            return try collection(code, try members(le))
        case 8:
            return .lineString(LineString(CircularArcs.linearised(try positions(le, dimensions: dimensions))))
        case 9:
            return .lineString(LineString(try joined(try members(le))))
        case 10:
            let parts: [Geometry<C>] = try members(le)
            let rings = try parts.map { try joined([$0]) }
            guard let exterior = rings.first else { return .polygon(Polygon(exterior: [])) }
            return .polygon(Polygon(exterior: exterior, holes: Array(rings.dropFirst())))
        case 11:
            let parts: [Geometry<C>] = try members(le)
            return .multiLineString(MultiLineString(try parts.map { LineString(try joined([$0])) }))
        case 12:
            return try collection(6, try members(le))
        default:
            throw failure("unknown geometry type \(code)")
        }
    }

    private mutating func members<C: Coordinate>(_ le: Bool) throws -> [Geometry<C>] {
        let n = Int(try uint32(le))
        guard n <= (bytes.count - offset) / 5 else { throw failure("count \(n) exceeds the data") }
        var members: [Geometry<C>] = []
        for _ in 0..<n { members.append(try geometry()) }
        return members
    }

    /// The positions of curves joined end to end (a CompoundCurve's parts, a CurvePolygon's ring),
    /// each joint once.
    private func joined<C: Coordinate>(_ parts: [Geometry<C>]) throws -> [C] {
        var result: [C] = []
        for part in parts {
            guard case .lineString(let line) = part else { throw failure("a curve member is not a curve") }
            let positions = line.coordinates
            if let last = result.last, let first = positions.first, last == first {
                result += positions.dropFirst()
            } else {
                result += positions
            }
        }
        return result
    }

    /// A multi-geometry of WKB type `code` (4 to 7) from its members, each of the right type.
    private func collection<C: Coordinate>(_ code: UInt32, _ members: [Geometry<C>]) throws -> Geometry<C> {
        switch code {
        case 4:
            return .multiPoint(
                MultiPoint(
                    try members.map {
                        guard case .point(let p) = $0 else { throw failure("a MultiPoint member is not a point") }
                        return p
                    }))
        case 5:
            return .multiLineString(
                MultiLineString(
                    try members.map {
                        guard case .lineString(let l) = $0 else {
                            throw failure("a MultiLineString member is not a line")
                        }
                        return l
                    }))
        case 6:
            return .multiPolygon(
                MultiPolygon(
                    try members.map {
                        guard case .polygon(let p) = $0 else { throw failure("a MultiPolygon member is not a polygon") }
                        return p
                    }))
        default: return .collection(GeometryCollection(members))
        }
    }
}
