import RuimteTestSupport
import Testing

@testable import RuimteGeometry

@Suite struct SpatialIndexTests {
    let geos: GEOSSession
    let boxes: [Geometry<XY>]
    let queries: [Geometry<XY>]

    init() throws {
        geos = try GEOSSession()
        var rng = SeededGenerator(seed: 20_261_122)
        func box(_ maxSize: Double) -> Geometry<XY> {
            let x = Double.random(in: 0..<1000, using: &rng), y = Double.random(in: 0..<1000, using: &rng)
            return .polygon(
                .rectangle(
                    minX: x, minY: y, maxX: x + Double.random(in: 1..<maxSize, using: &rng),
                    maxY: y + Double.random(in: 1..<maxSize, using: &rng)))
        }
        boxes = (0..<300).map { _ in box(60) }
        queries = (0..<40).map { _ in box(150) }
    }

    @Test func predicateQueriesEqualBruteForce() throws {
        let natives = try boxes.map(geos.native)
        let index = try SpatialIndex(natives, in: geos)
        for q in try queries.map(geos.native) {
            #expect(
                try index.query(q, predicate: .intersects) == natives.indices.filter { try q.intersects(natives[$0]) })
            #expect(try index.query(q, predicate: .contains) == natives.indices.filter { try q.contains(natives[$0]) })
            #expect(try index.query(q, predicate: .within) == natives.indices.filter { try q.within(natives[$0]) })
            let envelope = try #require(try q.envelopeBounds())
            #expect(
                try index.query(envelope: envelope)
                    == boxes.indices.filter { boxes[$0].envelope!.intersects(envelope) })
        }
    }

    @Test func distanceQueriesAndNearestEqualBruteForce() throws {
        let natives = try boxes.map(geos.native)
        let index = try SpatialIndex(natives, in: geos)
        for q in try queries.map(geos.native) {
            let distances = try natives.map { try q.distance($0) }
            #expect(try index.query(q, withinDistance: 25) == distances.indices.filter { distances[$0] <= 25 })
            let nearest = try #require(try index.nearest(to: q))
            let best = distances.min()!
            #expect(nearest.distance == best)
            #expect(nearest.index == distances.firstIndex(of: best))
        }
    }

    @Test func emptyIndex() throws {
        let index = try SpatialIndex([], in: geos)
        #expect(try index.nearest(to: geos.native(square(0, 0))) == nil)
        #expect(try index.query(geos.native(square(0, 0))).isEmpty)
    }
}

@Suite struct PreparedGeometryTests {
    @Test func preparedAgreesWithPlainPredicates() throws {
        let geos = try GEOSSession()
        let zone = try geos.native(
            .polygon(
                Polygon(exterior: [
                    XY(x: 0, y: 0), XY(x: 100, y: 0), XY(x: 100, y: 100),
                    XY(x: 50, y: 40), XY(x: 0, y: 100), XY(x: 0, y: 0),
                ])))
        let prepared = try PreparedGeometry(zone)
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let x = Double.random(in: -20..<120, using: &rng), y = Double.random(in: -20..<120, using: &rng)
            let other = try geos.native(square(x, y, size: 10))
            #expect(try prepared.intersects(other) == zone.intersects(other))
            #expect(try prepared.contains(other) == zone.contains(other))
            #expect(try prepared.covers(other) == zone.covers(other))
            #expect(try prepared.within(other) == zone.within(other))
            #expect(try prepared.touches(other) == zone.touches(other))
            #expect(try prepared.overlaps(other) == zone.overlaps(other))
            #expect(try prepared.distance(other) == zone.distance(other))
            #expect(try prepared.distanceWithin(other, 5) == zone.distanceWithin(other, 5))
        }
        let inside = try geos.native(square(10, 10))
        let onEdge = try geos.native(square(0, 10))
        #expect(
            try prepared.containsProperly(inside) && !prepared.containsProperly(onEdge) && prepared.contains(onEdge))
    }
}
