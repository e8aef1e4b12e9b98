import Foundation
import RuimteFormats
import Testing

@testable import RuimteGeometry

@Suite struct GeoJSONGeometryTests {
    func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    @Test func writesRFC7946OrientationAndFixedDecimals() throws {
        // Exterior given clockwise, hole given counter-clockwise: the writer flips both.
        let clockwise = [
            LonLat(lon: 0, lat: 0), LonLat(lon: 0, lat: 1), LonLat(lon: 1, lat: 1),
            LonLat(lon: 1, lat: 0), LonLat(lon: 0, lat: 0),
        ]
        let hole = [
            LonLat(lon: 0.2, lat: 0.2), LonLat(lon: 0.4, lat: 0.2), LonLat(lon: 0.4, lat: 0.4),
            LonLat(lon: 0.2, lat: 0.2),
        ]
        let text = GeoJSONGeometry.write(Geometry.polygon(Polygon(exterior: clockwise, holes: [hole])), decimals: 7)
        #expect(
            text
                == "{\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.2,0.2],[0.4,0.4],[0.4,0.2],[0.2,0.2]]],\"type\":\"Polygon\"}"
        )
        let read: Geometry<LonLat> = try GeoJSONGeometry.read(parse(text))
        let polygon = try #require(read.polygons.first)
        #expect(Ring.signedArea(polygon.exterior) > 0)
        #expect(Ring.signedArea(polygon.holes[0]) < 0)
        #expect(
            GeoJSONGeometry.write(Geometry<LonLat>.point(Point(lon: 4.482220049, lat: -0.00000001)), decimals: 7)
                == "{\"coordinates\":[4.48222,0],\"type\":\"Point\"}")
    }

    @Test func roundTripsEveryType() throws {
        let ring = [XY(x: 0, y: 0), XY(x: 2, y: 0), XY(x: 2, y: 2), XY(x: 0, y: 2), XY(x: 0, y: 0)]
        let all: [Geometry<XY>] = [
            .point(Point(x: 1.5, y: -2)), .lineString(LineString([XY(x: 0, y: 0), XY(x: 1, y: 1)])),
            .polygon(Polygon(exterior: ring)), .multiPoint(MultiPoint([Point(x: 0, y: 0), Point(x: 1, y: 0)])),
            .multiLineString(MultiLineString([LineString([XY(x: 0, y: 0), XY(x: 1, y: 0)])])),
            .multiPolygon(MultiPolygon([Polygon(exterior: ring)])),
            .collection(GeometryCollection([.point(Point(x: 3, y: 3)), .polygon(Polygon(exterior: ring))])),
        ]
        for g in all {
            let back: Geometry<XY> = try GeoJSONGeometry.read(parse(GeoJSONGeometry.write(g, decimals: 3)))
            #expect(back == g)
        }
    }

    @Test(arguments: [
        "[]", "{\"type\":\"Polygon\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
        "{\"type\":\"Point\",\"coordinates\":[\"4\",52]}",
        "{\"type\":\"Point\",\"coordinates\":[4]}", "{\"type\":\"Circle\",\"coordinates\":[4,52]}",
        "{\"type\":\"LineString\",\"coordinates\":[[0,0]]}", "{\"type\":\"GeometryCollection\"}",
    ])
    func malformedGeometryThrowsWithPlace(_ text: String) throws {
        let error = #expect(throws: GeometryError.self) {
            let _: Geometry<LonLat> = try GeoJSONGeometry.read(parse(text))
        }
        #expect(error?.kind == .parse)
        #expect(error?.message.isEmpty == false)
    }

    @Test func garbageJSONThrowsASyntaxError() {
        for text in ["", "{", "{\"type\": \"Point\", \"coordinates\": [4, 52]", "nul"] {
            #expect(throws: JSONSyntaxError.self) { try parse(text) }
        }
    }
}
