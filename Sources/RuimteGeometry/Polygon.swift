/// A polygon: one exterior ring and zero or more holes.
///
/// Rings are closed (first position equals last). Orientation is free on input; writers
/// that follow a convention (GeoJSON, RFC 7946: exterior counter-clockwise, holes
/// clockwise) orient rings themselves with ``Ring/signedArea(_:)``.
public struct Polygon<C: Coordinate>: Sendable, Hashable {
    /// The outer boundary, closed.
    public var exterior: [C]
    /// The holes, each closed.
    public var holes: [[C]]

    /// Creates a polygon from a closed exterior ring and closed holes.
    public init(exterior: [C], holes: [[C]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

extension Polygon where C == XY {
    /// An axis-aligned rectangle in metres, exterior ring counter-clockwise.
    public static func rectangle(minX: Double, minY: Double, maxX: Double, maxY: Double) -> Polygon<XY> {
        Polygon(exterior: [
            XY(x: minX, y: minY), XY(x: maxX, y: minY), XY(x: maxX, y: maxY),
            XY(x: minX, y: maxY), XY(x: minX, y: minY),
        ])
    }
}

/// Planar helpers for closed rings, in the units of their coordinates.
public enum Ring {
    /// Twice-halved shoelace sum: positive for a counter-clockwise ring, negative for a
    /// clockwise one, in squared coordinate units (m² for ``XY``).
    public static func signedArea<C: Coordinate>(_ ring: [C]) -> Double {
        guard ring.count >= 3 else { return 0 }
        // Shift to the first vertex to keep the sum well-conditioned for RD coordinates.
        let ox = ring[0].first, oy = ring[0].second
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            sum += (a.first - ox) * (b.second - oy) - (b.first - ox) * (a.second - oy)
        }
        return sum / 2
    }

    /// `ring` in counter-clockwise order when `counterClockwise` is true, clockwise otherwise.
    public static func oriented<C: Coordinate>(_ ring: [C], counterClockwise: Bool) -> [C] {
        let area = signedArea(ring)
        if area == 0 || (area > 0) == counterClockwise { return ring }
        return ring.reversed()
    }
}

extension Polygon {
    /// The polygon with its exterior ring counter-clockwise and its holes clockwise, as RFC
    /// 7946 and the GeoPackage specification recommend (PDOK's validator, RC20).
    public var rightHandOriented: Polygon {
        Polygon(
            exterior: Ring.oriented(exterior, counterClockwise: true),
            holes: holes.map { Ring.oriented($0, counterClockwise: false) })
    }
}

extension Geometry {
    /// The geometry with every polygon ring oriented as ``Polygon/rightHandOriented``.
    public var rightHandOriented: Geometry {
        switch self {
        case .polygon(let p): .polygon(p.rightHandOriented)
        case .multiPolygon(let m): .multiPolygon(MultiPolygon(m.polygons.map(\.rightHandOriented)))
        case .collection(let c): .collection(GeometryCollection(c.geometries.map(\.rightHandOriented)))
        default: self
        }
    }
}
