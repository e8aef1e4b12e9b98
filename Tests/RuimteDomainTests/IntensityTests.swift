import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// Spacematrix and existing dwellings per park, zone and catchment, on hand-checkable geometry.
@Suite struct IntensityTests {
    /// One park: a 100 x 100 m square with a category 3.1 zone; one centre at 500 m east.
    private func catalogue() -> SiteCatalogue {
        let park = SiteRecord(id: "p", name: "P", layer: .parks, geometry: rect(0, 0, 100, 100), accuracy: 0)
        let zone = MilieuZone(
            id: "z", parkID: "p", name: "Z", category: .c3_1, geometry: rect(0, 0, 100, 100), accuracy: 0)
        let centre = SiteRecord(id: "c", name: "C", layer: .centres, geometry: rect(600, 0, 610, 10), accuracy: 0)
        return SiteCatalogue(
            parks: [BusinessPark(record: park, zones: [zone])], centres: [ShoppingCentre(record: centre)], housing: [])
    }

    @Test func handComputedGSIAndFSI() throws {
        // One 10 x 10 building of 3 floors inside, one 10 x 10 building of 2 floors half
        // outside, one outside. Footprint 100 + 50 = 150 m2: GSI 0.015; floor area
        // 300 + 100 = 400 m2: FSI 0.04.
        let buildings = try BuildingLayer([
            Building(footprint: rect(20, 20, 30, 30), floors: 3), Building(footprint: rect(95, 50, 105, 60), floors: 2),
            Building(footprint: rect(200, 200, 210, 210), floors: 9),
        ])
        let result = try catalogue().spacematrix(buildings)
        #expect(result.map(\.park.id) == ["p"])
        #expect(result[0].area == 10_000 && result[0].footprint == 150 && result[0].floorArea == 400)
        #expect(result[0].gsi == 0.015 && result[0].fsi == 0.04)
    }

    @Test func buildingsWithHolesAndSeveralParts() throws {
        // Building A: a 20 x 20 square with a 10 x 10 courtyard, inside (300 m2, 2 floors).
        // Building B: two 10 x 10 parts, one inside and one outside (100 m2 counted, 4 floors).
        // Footprint 400 m2, floor area 600 + 400 = 1000 m2.
        let courtyard = Geometry<XY>.polygon(
            Polygon(
                exterior: Polygon.rectangle(minX: 10, minY: 10, maxX: 30, maxY: 30).exterior,
                holes: [Polygon.rectangle(minX: 15, minY: 15, maxX: 25, maxY: 25).exterior.reversed()]))
        let twoParts = Geometry<XY>.multiPolygon(
            MultiPolygon([
                .rectangle(minX: 50, minY: 50, maxX: 60, maxY: 60),
                .rectangle(minX: 150, minY: 50, maxX: 160, maxY: 60),
            ]))
        let layer = try BuildingLayer([
            Building(footprint: courtyard, floors: 2), Building(footprint: twoParts, floors: 4),
        ])
        let result = try catalogue().spacematrix(layer)
        #expect(result[0].footprint == 400 && result[0].floorArea == 1000)
        #expect(layer[1] == Building(footprint: twoParts, floors: 4))
    }

    @Test func dwellingsPerZoneAndCatchment() throws {
        // VNG 2009 category 3.1: 50 m rustig, 30 m gemengd. Dwellings at 20, 40 and 60 m east of
        // the zone; the centre's catchments (edge at x = 600) reach 300, 500 and 1000 m.
        let dwellings = [XY(x: 120, y: 50), XY(x: 140, y: 50), XY(x: 160, y: 50), XY(x: 905, y: 5)]
        let table = try Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv")
        let rustig = try catalogue().dwellingsNearZones(dwellings, richtafstanden: table, areaType: .rustig)
        let gemengd = try catalogue().dwellingsNearZones(dwellings, richtafstanden: table, areaType: .gemengd)
        #expect(rustig.map(\.dwellings) == [2] && rustig[0].richtafstand == 50)
        #expect(gemengd.map(\.dwellings) == [1] && gemengd[0].richtafstand == 30)
        // From the centre's edge: 440, 460, 480 m (x = 160 is 440 m west) and 295 m.
        let catchments = try catalogue().dwellingsInCatchments(dwellings, radii: [300, 500, 1000])
        #expect(catchments.map(\.dwellings) == [[1, 4, 4]])
    }
}
