import Foundation
import Testing

@testable import RuimteGeometry

/// Distance in metres between two WGS84 positions (haversine on a 6 371 km sphere);
/// good to well under a centimetre at these distances.
func metresBetween(_ a: LonLat, _ b: LonLat) -> Double {
    let r = 6_371_000.0, rad = Double.pi / 180
    let dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad
    let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.lat * rad) * cos(b.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * r * asin(min(1, sqrt(h)))
}

@Suite struct CoordinateTransformerTests {
    @Test func rdOriginMatchesPublishedWGS84WithinOneMetre() throws {
        let toRD = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
        // The RD New false origin (Amersfoort, x 155 000, y 463 000) is published as
        // 52.15517440 N, 5.38720621 E (RDNAPTRANS); the Helmert path is within 1 m.
        let origin = try toRD.inverse([XY(x: 155_000, y: 463_000)])[0]
        #expect(metresBetween(origin, LonLat(lon: 5.38720621, lat: 52.15517440)) < 1)
        let back = try toRD.forward([LonLat(lon: 5.38720621, lat: 52.15517440)])[0]
        #expect(hypot(back.x - 155_000, back.y - 463_000) < 1)
        let operation = try #require(toRD.lastOperation)
        #expect(operation.name.contains("Amersfoort to WGS 84"))
        #expect(operation.accuracy == 1)
    }

    @Test func leidenCentraalRoundTripWithinOneCentimetre() throws {
        let toRD = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
        let station = LonLat(lon: 4.48222, lat: 52.16639)
        let rd = try toRD.forward([station])[0]
        // Leiden lies about 93 km west and 3 km north of the Amersfoort origin.
        #expect((92_000...95_000).contains(rd.x) && (463_000...467_000).contains(rd.y))
        let back = try toRD.inverse([rd])[0]
        #expect(metresBetween(back, station) < 0.01)
    }

    @Test func geometriesTransformInBulkKeepingStructure() throws {
        let toRD = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
        let square = Geometry<LonLat>.polygon(
            Polygon(exterior: [
                LonLat(lon: 4.48, lat: 52.16), LonLat(lon: 4.49, lat: 52.16), LonLat(lon: 4.49, lat: 52.17),
                LonLat(lon: 4.48, lat: 52.17), LonLat(lon: 4.48, lat: 52.16),
            ]))
        let rd = try toRD.forward(square)
        let geos = try GEOSSession()
        // 0.01 deg lon x 0.01 deg lat at 52.165 N: 684 m x 1113 m (spherical estimate).
        let area = try geos.native(rd).area()
        #expect(abs(area - 684 * 1113) / area < 0.01)
        #expect(rd.coordinateCount == 5)
    }

    @Test func otherEPSGPairs() throws {
        let toUTM = try CoordinateTransformer<LonLat, XY>(from: "EPSG:4326", to: "EPSG:32631")
        // 3 deg E on the equator is the central meridian of UTM 31N: x 500 000, y 0.
        let p = try toUTM.forward([LonLat(lon: 3, lat: 0)])[0]
        #expect(abs(p.x - 500_000) < 1e-6 && abs(p.y) < 1e-6)
    }

    @Test func unknownCRSAndUntransformablePositionsThrow() throws {
        let error = #expect(throws: GeometryError.self) {
            try CoordinateTransformer<LonLat, XY>(from: "EPSG:4326", to: "EPSG:999999")
        }
        #expect(error?.kind == .proj)
        #expect(error?.message.contains("crs not found") == true)
        let toRD = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
        let bad = #expect(throws: GeometryError.self) { try toRD.forward([LonLat(lon: 4.5, lat: 152)]) }
        #expect(bad?.kind == .nonFinite)
    }
}
