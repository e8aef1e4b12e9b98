import Testing
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
        let result = try SpatialJoins.intensity(zones: [rect(0, 0, 100, 100)], buildings: buildings)
        #expect(result == [ZoneIntensity(area: 10_000, footprint: 150, floorArea: 400)])
        #expect(result[0].gsi == 0.015 && result[0].fsi == 0.04)
    }

    @Test func fastPathsEqualBruteForce() throws {
        var rng = SeededGenerator(seed: 11)
        var buildings: [Building] = []
        for gx in 0..<30 {
            for gy in 0..<30 {
                let x = Double(gx) * 20 + Double.random(in: 0..<5, using: &rng), y = Double(gy) * 20 + Double.random(in: 0..<5, using: &rng)
                buildings.append(Building(footprint: rect(x, y, x + Double.random(in: 4..<14, using: &rng), y + Double.random(in: 4..<14, using: &rng)),
                                          floors: Int.random(in: 1...6, using: &rng)))
            }
        }
        let zones = (0..<25).map { _ -> Geometry<XY> in
            let x = Double.random(in: -50..<550, using: &rng), y = Double.random(in: -50..<550, using: &rng)
            return .polygon(Polygon(exterior: [XY(x: x, y: y), XY(x: x + 120, y: y + 10), XY(x: x + 90, y: y + 100), XY(x: x, y: y)]))
        }
        let geos = try GEOSSession()
        let natives = try buildings.map { try geos.native($0.footprint) }
        var expected: [ZoneIntensity] = []
        for zone in zones {
            let z = try geos.native(zone)
            var footprint = 0.0, floorArea = 0.0
            for (b, native) in natives.enumerated() {
                let a = try z.intersection(native).area()
                footprint += a
                floorArea += a * Double(buildings[b].floors)
            }
            expected.append(ZoneIntensity(area: try z.area(), footprint: footprint, floorArea: floorArea))
        }
        for threads in [1, 2, 3] {
            let fast = try SpatialJoins.intensity(zones: zones, buildings: buildings, threads: threads)
            #expect(fast.count == expected.count)
            for (f, e) in zip(fast, expected) {
                #expect(abs(f.footprint - e.footprint) <= 1e-9 * max(1, e.footprint) && abs(f.floorArea - e.floorArea) <= 1e-9 * max(1, e.floorArea))
                #expect(f.area == e.area)
            }
        }
        let dwellings = (0..<2000).map { _ in XY(x: Double.random(in: -100..<700, using: &rng), y: Double.random(in: -100..<700, using: &rng)) }
        let points = try dwellings.map { try geos.native(.point(Point($0))) }
        let brute = try zones.map { zone in
            let z = try geos.native(zone)
            return try points.filter { try z.distance($0) <= 25 }.count
        }
        for threads in [1, 2] {
            #expect(try SpatialJoins.dwellingCounts(zones: zones, dwellings: dwellings, distance: 25, threads: threads) == brute)
        }
    }
}
