import Testing
import RuimteTestSupport
@testable import RuimteDomain
@testable import RuimteGeometry

/// The fast paths (prepared containsProperly, STRtree candidates, threads) against plain
/// brute force and against hand-computed answers.
@Suite struct SpatialJoinsTests {
    @Test func handComputedGSIAndFSI() throws {
        // A 100 x 100 m zone; one 10 x 10 building of 3 floors inside, one 10 x 10 building of
        // 2 floors half outside, one outside. Footprint 100 + 50 = 150 m2: GSI 0.015;
        // floor area 300 + 100 = 400 m2: FSI 0.04.
        let buildings = [Building(footprint: rect(20, 20, 30, 30), floors: 3), Building(footprint: rect(95, 50, 105, 60), floors: 2),
                         Building(footprint: rect(200, 200, 210, 210), floors: 9)]
        let result = try SpatialJoins.intensity(zones: [rect(0, 0, 100, 100)], buildings: BuildingLayer(buildings))
        #expect(result == [ZoneIntensity(area: 10_000, footprint: 150, floorArea: 400)])
        #expect(result[0].gsi == 0.015 && result[0].fsi == 0.04)
    }

    @Test func fastPathsEqualBruteForce() throws {
        var rng = SeededGenerator(seed: 11)
        var buildings: [Building] = []
        // 70 x 70 = 4900 buildings: more than one chunk of work, so threads really split it.
        for gx in 0..<70 {
            for gy in 0..<70 {
                let x = Double(gx) * 20 + Double.random(in: 0..<5, using: &rng), y = Double(gy) * 20 + Double.random(in: 0..<5, using: &rng)
                buildings.append(Building(footprint: rect(x, y, x + Double.random(in: 4..<14, using: &rng), y + Double.random(in: 4..<14, using: &rng)),
                                          floors: Int.random(in: 1...6, using: &rng)))
            }
        }
        let zones = (0..<25).map { _ -> Geometry<XY> in
            let x = Double.random(in: -50..<1400, using: &rng), y = Double.random(in: -50..<1400, using: &rng)
            return .polygon(Polygon(exterior: [XY(x: x, y: y), XY(x: x + 120, y: y + 10), XY(x: x + 90, y: y + 100), XY(x: x, y: y)]))
        }
        let geos = try GEOSSession()
        let natives = try buildings.map { try geos.native($0.footprint) }
        var expected: [ZoneIntensity] = []
        for zone in zones {
            let z = try geos.native(zone)
            var footprint = 0.0, floorArea = 0.0
            // Every building whose box meets the zone's box (the others cannot overlap it).
            for (b, native) in natives.enumerated() where buildings[b].footprint.envelope!.intersects(zone.envelope!) {
                let a = try z.intersection(native).area()
                footprint += a
                floorArea += a * Double(buildings[b].floors)
            }
            expected.append(ZoneIntensity(area: try z.area(), footprint: footprint, floorArea: floorArea))
        }
        let layer = try BuildingLayer(buildings)
        #expect(layer.count > SpatialJoins.chunkSize)
        let single = try SpatialJoins.intensity(zones: zones, buildings: layer, threads: 1)
        for threads in [1, 2, 3] {
            let fast = try SpatialJoins.intensity(zones: zones, buildings: layer, threads: threads)
            // The same bits for any number of threads: chunks are added up in a fixed order.
            #expect(fast == single)
            #expect(fast.count == expected.count)
            for (f, e) in zip(fast, expected) {
                #expect(abs(f.footprint - e.footprint) <= 1e-9 * max(1, e.footprint) && abs(f.floorArea - e.floorArea) <= 1e-9 * max(1, e.floorArea))
                #expect(f.area == e.area)
            }
        }
        let dwellings = (0..<5000).map { _ in XY(x: Double.random(in: -100..<1600, using: &rng), y: Double.random(in: -100..<1600, using: &rng)) }
        let points = try dwellings.map { try geos.native(.point(Point($0))) }
        let brute = try zones.map { zone in
            let z = try geos.native(zone)
            return try points.filter { try z.distance($0) <= 25 }.count
        }
        for threads in [1, 2] {
            #expect(try SpatialJoins.dwellingCounts(zones: zones, dwellings: dwellings, distance: 25, threads: threads) == brute)
        }
    }

    @Test func dwellingsWithAPerZoneDistanceEqualBruteForce() throws {
        var rng = SeededGenerator(seed: 12)
        let zones = [rect(0, 0, 100, 100), rect(300, 0, 340, 500), rect(50, 50, 60, 60)]
        let distances = [0.0, 75, 300]
        let dwellings = (0..<3000).map { _ in XY(x: Double.random(in: -400..<800, using: &rng), y: Double.random(in: -400..<800, using: &rng)) }
            + [XY(x: 100, y: 50), XY(x: 375, y: 500)] // on zone 0's edge; exactly 75 m from zone 1
        let geos = try GEOSSession()
        let brute = try zones.indices.map { z in
            let zone = try geos.native(zones[z])
            return try dwellings.filter { try zone.distance(geos.native(.point(Point($0)))) <= distances[z] }.count
        }
        let counts = try SpatialJoins.dwellingCounts(zones: zones, distances: distances, dwellings: dwellings, threads: 2)
        #expect(counts == brute)
        #expect(counts[0] >= 1 && counts[1] >= 1)
    }

    @Test func buildingsWithHolesAndSeveralParts() throws {
        // Zone: 0..100 x 0..100. Building A: a 20 x 20 square with a 10 x 10 courtyard, inside
        // (300 m2, 2 floors). Building B: two 10 x 10 parts, one inside and one outside
        // (100 m2 counted, 4 floors). Footprint 400 m2, floor area 600 + 400 = 1000 m2.
        let courtyard = Geometry<XY>.polygon(Polygon(exterior: Polygon.rectangle(minX: 10, minY: 10, maxX: 30, maxY: 30).exterior,
                                                     holes: [Polygon.rectangle(minX: 15, minY: 15, maxX: 25, maxY: 25).exterior.reversed()]))
        let twoParts = Geometry<XY>.multiPolygon(MultiPolygon([.rectangle(minX: 50, minY: 50, maxX: 60, maxY: 60),
                                                               .rectangle(minX: 150, minY: 50, maxX: 160, maxY: 60)]))
        let layer = try BuildingLayer([Building(footprint: courtyard, floors: 2), Building(footprint: twoParts, floors: 4)])
        let result = try SpatialJoins.intensity(zones: [rect(0, 0, 100, 100)], buildings: layer)
        #expect(result == [ZoneIntensity(area: 10_000, footprint: 400, floorArea: 1000)])
        #expect(layer[1] == Building(footprint: twoParts, floors: 4))
    }
}
