import RuimteTestSupport
import Testing

@testable import RuimteGeometry

/// The fast paths (prepared containsProperly, STRtree candidates, threads) against plain
/// brute force and against hand-computed answers.
@Suite struct StreamingJoinTests {
    @Test func fastPathsEqualBruteForce() throws {
        var rng = SeededGenerator(seed: 11)
        var buildings: [(footprint: Geometry<XY>, floors: Int)] = []
        // 70 x 70 = 4900 buildings: more than one chunk of work, so threads really split it.
        for gx in 0..<70 {
            for gy in 0..<70 {
                let x = Double(gx) * 20 + Double.random(in: 0..<5, using: &rng),
                    y = Double(gy) * 20 + Double.random(in: 0..<5, using: &rng)
                buildings.append(
                    (
                        rect(
                            x, y, x + Double.random(in: 4..<14, using: &rng), y + Double.random(in: 4..<14, using: &rng)
                        ),
                        Int.random(in: 1...6, using: &rng)
                    ))
            }
        }
        let zones = (0..<25).map { _ -> Geometry<XY> in
            let x = Double.random(in: -50..<1400, using: &rng), y = Double.random(in: -50..<1400, using: &rng)
            return .polygon(
                Polygon(exterior: [
                    XY(x: x, y: y), XY(x: x + 120, y: y + 10), XY(x: x + 90, y: y + 100), XY(x: x, y: y),
                ]))
        }
        let geos = try GEOSSession()
        let natives = try buildings.map { try geos.native($0.footprint) }
        var expected: [OverlayArea] = []
        for zone in zones {
            let z = try geos.native(zone)
            var footprint = 0.0, floorArea = 0.0
            // Every building whose box meets the zone's box (the others cannot overlap it).
            for (b, native) in natives.enumerated() where buildings[b].footprint.envelope!.intersects(zone.envelope!) {
                let a = try z.intersection(native).area()
                footprint += a
                floorArea += a * Double(buildings[b].floors)
            }
            expected.append(OverlayArea(area: try z.area(), covered: footprint, weightedCovered: floorArea))
        }
        let layer = try PackedPolygons(buildings.map(\.footprint))
        let weights = buildings.map { Double($0.floors) }
        #expect(layer.count > ParallelChunks.chunkSize)
        let single = try StreamingJoin.overlayAreas(polygons: zones, features: layer, weights: weights, threads: 1)
        for threads in [1, 2, 3] {
            let fast = try StreamingJoin.overlayAreas(
                polygons: zones, features: layer, weights: weights, threads: threads)
            // The same bits for any number of threads: chunks are added up in a fixed order.
            #expect(fast == single)
            #expect(fast.count == expected.count)
            for (f, e) in zip(fast, expected) {
                #expect(
                    abs(f.covered - e.covered) <= 1e-9 * max(1, e.covered)
                        && abs(f.weightedCovered - e.weightedCovered) <= 1e-9 * max(1, e.weightedCovered))
                #expect(f.area == e.area)
            }
        }
        let dwellings = (0..<5000).map { _ in
            XY(x: Double.random(in: -100..<1600, using: &rng), y: Double.random(in: -100..<1600, using: &rng))
        }
        let points = try dwellings.map { try geos.native(.point(Point($0))) }
        let brute = try zones.map { zone in
            let z = try geos.native(zone)
            return try points.filter { try z.distance($0) <= 25 }.count
        }
        for threads in [1, 2] {
            #expect(
                try StreamingJoin.pointCounts(
                    polygons: zones, distances: zones.map { _ in 25 }, points: dwellings, threads: threads) == brute)
        }
    }

    @Test func dwellingsWithAPerZoneDistanceEqualBruteForce() throws {
        var rng = SeededGenerator(seed: 12)
        let zones = [rect(0, 0, 100, 100), rect(300, 0, 340, 500), rect(50, 50, 60, 60)]
        let distances = [0.0, 75, 300]
        let dwellings =
            (0..<3000).map { _ in
                XY(x: Double.random(in: -400..<800, using: &rng), y: Double.random(in: -400..<800, using: &rng))
            }
            + [XY(x: 100, y: 50), XY(x: 375, y: 500)]  // on zone 0's edge; exactly 75 m from zone 1
        let geos = try GEOSSession()
        let brute = try zones.indices.map { z in
            let zone = try geos.native(zones[z])
            return try dwellings.filter { try zone.distance(geos.native(.point(Point($0)))) <= distances[z] }.count
        }
        let counts = try StreamingJoin.pointCounts(polygons: zones, distances: distances, points: dwellings, threads: 2)
        #expect(counts == brute)
        #expect(counts[0] >= 1 && counts[1] >= 1)
    }

}
