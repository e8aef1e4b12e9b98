/// A fast, conservative validity test for the commonest footprint: one ring, no holes, a
/// few dozen vertices. It answers `true` only when the ring is closed, has at least three
/// distinct vertices, no repeated consecutive vertex, a non-zero area, and no two edges
/// touch except neighbours at their shared vertex: then the polygon is valid in the OGC
/// sense, exactly as GEOS would say. Every orientation test must clear a margin far above
/// floating-point error; whenever one does not (nearly collinear or nearly touching edges)
/// it answers `false`, meaning "ask GEOS", never "invalid". Loading a million BAG panden
/// spends most of GEOS's time on exactly these polygons.
public enum SimplePolygonCheck {
    /// The most vertices the pairwise edge test takes on (quadratic in the vertex count).
    public static let maximumVertices = 48

    /// True when `geometry` is certainly a valid polygon; false when GEOS must decide.
    public static func isCertainlyValid<C: Coordinate>(_ geometry: Geometry<C>) -> Bool {
        guard case .polygon(let polygon) = geometry, polygon.holes.isEmpty else { return false }
        let ring = polygon.exterior
        let n = ring.count - 1  // distinct positions; ring[n] == ring[0]
        guard n >= 3, n <= maximumVertices, ring[0] == ring[n] else { return false }
        // Local coordinates around the first vertex keep the products small and exact enough.
        let origin = ring[0]
        var p = [(x: Double, y: Double)](repeating: (0, 0), count: n + 1)
        var scale = 0.0
        for i in 0...n {
            p[i] = (ring[i].first - origin.first, ring[i].second - origin.second)
            guard p[i].x.isFinite, p[i].y.isFinite else { return false }
            scale = max(scale, abs(p[i].x), abs(p[i].y))
        }
        guard scale > 0 else { return false }
        // Margin: far above the rounding error of a 2x2 determinant of values up to `scale`.
        let margin = scale * scale * 1e-9
        func orient(_ a: Int, _ b: Int, _ c: Int) -> Double {
            (p[b].x - p[a].x) * (p[c].y - p[a].y) - (p[b].y - p[a].y) * (p[c].x - p[a].x)
        }
        var twiceArea = 0.0
        for i in 0..<n {
            guard p[i] != p[i + 1] else { return false }  // repeated vertex: let GEOS judge
            twiceArea += p[i].x * p[i + 1].y - p[i + 1].x * p[i].y
            // Neighbouring edges must turn clearly: no spike, no vertex in the middle of a straight line.
            let third = i + 2 <= n ? i + 2 : i + 2 - n
            guard abs(orient(i, i + 1, third)) > margin else { return false }
        }
        guard abs(twiceArea) > margin else { return false }
        for i in 0..<n {
            for j in stride(from: i + 2, to: n, by: 1) where !(i == 0 && j == n - 1) {
                // Bounding boxes apart (with the margin as slack): the edges cannot meet.
                let (a, b, c, d) = (p[i], p[i + 1], p[j], p[j + 1])
                let slack = scale * 1e-9
                if max(a.x, b.x) + slack < min(c.x, d.x) || max(c.x, d.x) + slack < min(a.x, b.x)
                    || max(a.y, b.y) + slack < min(c.y, d.y) || max(c.y, d.y) + slack < min(a.y, b.y)
                {
                    continue
                }
                let o1 = orient(i, i + 1, j), o2 = orient(i, i + 1, j + 1)
                let o3 = orient(j, j + 1, i), o4 = orient(j, j + 1, i + 1)
                for o in [o1, o2, o3, o4] where abs(o) <= margin { return false }  // too close to call
                // Proper crossing only when each edge's ends lie on both sides of the other.
                if (o1 > 0) != (o2 > 0) && (o3 > 0) != (o4 > 0) { return false }
            }
        }
        return true
    }
}
