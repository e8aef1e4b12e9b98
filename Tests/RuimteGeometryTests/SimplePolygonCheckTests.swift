import RuimteTestSupport
import Testing

@testable import RuimteGeometry

/// The fast validity test never says "valid" where GEOS says "invalid", on hand-made cases and
/// on thousands of random rings (many of them self-intersecting).
@Suite struct SimplePolygonCheckTests {
    private func ring(_ points: [(Double, Double)]) -> Geometry<XY> {
        .polygon(Polygon(exterior: (points + [points[0]]).map { XY(x: $0.0 + 94_000, y: $0.1 + 463_000) }))
    }

    @Test func handMadeCases() {
        #expect(SimplePolygonCheck.isCertainlyValid(ring([(0, 0), (10, 0), (10, 10), (0, 10)])))
        #expect(!SimplePolygonCheck.isCertainlyValid(ring([(0, 0), (10, 10), (10, 0), (0, 10)])))  // bow-tie
        #expect(!SimplePolygonCheck.isCertainlyValid(ring([(0, 0), (10, 0), (20, 0)])))  // zero area
        #expect(!SimplePolygonCheck.isCertainlyValid(ring([(0, 0), (10, 0), (10, 10), (10, 0), (0, 10)])))  // spike
        // touches itself
        #expect(!SimplePolygonCheck.isCertainlyValid(ring([(0, 0), (10, 0), (5, 5), (10, 10), (0, 10), (5, 5)])))
        #expect(
            !SimplePolygonCheck.isCertainlyValid(
                .polygon(Polygon(exterior: [XY(x: 0, y: 0), XY(x: 1, y: 0), XY(x: 0, y: 1)]))))  // open
    }

    @Test func agreesWithGEOSOnRandomRings() throws {
        let geos = try GEOSSession()
        var rng = SeededGenerator(seed: 4242)
        var fast = 0
        for _ in 0..<5_000 {
            let n = Int.random(in: 3...12, using: &rng)
            let points = (0..<n).map { _ in
                (Double.random(in: 0..<50, using: &rng).rounded(), Double.random(in: 0..<50, using: &rng).rounded())
            }
            let geometry = ring(points)
            if SimplePolygonCheck.isCertainlyValid(geometry) {
                fast += 1
                #expect(try geos.native(geometry).isValid(), "\(points)")
            }
        }
        // Convex-ish random rings are often simple: the fast path must actually take some.
        #expect(fast > 500)
    }
}
