import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

@Suite struct LargeLayerLoaderTests {
    @Test func floorsFromFieldsOrHeightAndDwellingsArePoints() throws {
        let good = try TestFiles.write(
            "b.geojson", featureCollection(properties: #""identificatie":"0546100000000001","bouwlagen":3"#))
        var loader = try LayerLoader()
        let buildings = try loader.buildings(good)
        #expect(buildings.layer.count == 1 && buildings.layer[0].floors == 3 && buildings.floorsStated == 1)
        // OSM's building:levels as text; a 3D BAG height of 10.4 m above 0.4 m ground at 3 m per storey: 3 + 1/3, so 3.
        let osm = try TestFiles.write("o.geojson", featureCollection(properties: #""id":"o1","building:levels":"4""#))
        #expect(try loader.buildings(osm).layer[0].floors == 4)
        let tall = try TestFiles.write(
            "h.geojson", featureCollection(properties: #""id":"h1","b3_h_70p":10.4,"b3_h_maaiveld":0.4"#))
        let height = try loader.buildings(tall, storeyHeight: 3)
        #expect(height.layer[0].floors == 3 && height.floorsFromHeight == 1)
        // Neither: loaded, floors unknown, one summary warning; never an error.
        let noFloors = try TestFiles.write("nf.geojson", featureCollection(properties: #""id":"b1""#))
        let unknown = try loader.buildings(noFloors)
        #expect(unknown.layer[0].floors == nil && unknown.floorsUnknown == 1)
        #expect(loader.warnings.last?.message.hasPrefix("no floors or height for 1 of 1 buildings") == true)
        let points = try TestFiles.write(
            "d.geojson", featureCollection(properties: #""id":"v1""#, ring: "[4.48,52.16]", type: "Point"))
        let dwellings = try loader.dwellings(points).positions
        // 4.48 E, 52.16 N is 151.6 m west and 710.6 m south of Leiden Centraal (4.48222, 52.16639;
        // RD 93085, 464634 by pyproj): about RD (92933, 463923), within the grid's rotation here.
        #expect(dwellings.count == 1 && abs(dwellings[0].x - 92_933) < 20 && abs(dwellings[0].y - 463_923) < 20)
        let polygonAsDwelling = try TestFiles.write("p.geojson", featureCollection(properties: #""id":"v2""#))
        #expect(throws: LayerError.self) { try loader.dwellings(polygonAsDwelling) }
        // The BAG filter: a residential use among others, and an in-use status.
        let bag = try TestFiles.write(
            "v.geojson",
            """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"id":"a","gebruiksdoel":"winkelfunctie,woonfunctie","status":"Verblijfsobject in gebruik"},"geometry":{"type":"Point","coordinates":[4.48,52.16]}},
             {"type":"Feature","properties":{"id":"b","gebruiksdoel":["kantoorfunctie"],"status":"Verblijfsobject in gebruik"},"geometry":{"type":"Point","coordinates":[4.48,52.16]}},
             {"type":"Feature","properties":{"id":"c","gebruiksdoel":"woonfunctie","status":"Verblijfsobject gevormd"},"geometry":{"type":"Point","coordinates":[4.48,52.16]}}]}
            """)
        let filtered = try loader.dwellings(bag)
        #expect(
            filtered.positions.count == 1 && filtered.read == 3 && filtered.otherUse == 1 && filtered.otherStatus == 1)
    }
}
