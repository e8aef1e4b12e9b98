import Testing
import RuimteTestSupport
@testable import RuimteDomain
@testable import RuimteGeometry

@Suite struct LargeLayerLoaderTests {
    @Test func buildingsNeedFloorsAndDwellingsArePoints() throws {
        let good = try TestFiles.write("b.geojson", featureCollection(properties: #""identificatie":"0546100000000001","bouwlagen":3"#))
        var loader = try LayerLoader()
        let buildings = try loader.buildings(good)
        #expect(buildings.count == 1 && buildings[0].floors == 3)
        let noFloors = try TestFiles.write("nf.geojson", featureCollection(properties: #""id":"b1""#))
        do {
            _ = try loader.buildings(noFloors)
            Issue.record("accepted a building without floors")
        } catch {
            #expect(error.problems.first?.message.contains("floors") == true && error.problems.first?.feature == "id \"b1\"")
        }
        let points = try TestFiles.write("d.geojson", featureCollection(properties: #""id":"v1""#, ring: "[4.48,52.16]", type: "Point"))
        let dwellings = try loader.dwellings(points)
        // 4.48 E, 52.16 N is 151.6 m west and 710.6 m south of Leiden Centraal (4.48222, 52.16639;
        // RD 93085, 464634 by pyproj): about RD (92933, 463923), within the grid's rotation here.
        #expect(dwellings.count == 1 && abs(dwellings[0].x - 92_933) < 20 && abs(dwellings[0].y - 463_923) < 20)
        let polygonAsDwelling = try TestFiles.write("p.geojson", featureCollection(properties: #""id":"v2""#))
        #expect(throws: LayerError.self) { try loader.dwellings(polygonAsDwelling) }
    }
}
