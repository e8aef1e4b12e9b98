import Testing

@testable import RuimteGeometry

@Suite struct WellKnownFormatsTests {
    let geos: GEOSSession
    init() throws { geos = try GEOSSession() }

    @Test func wktRoundTripWithPrecisionAndTrim() throws {
        let g = try geos.read(wkt: "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")
        #expect(try g.area() == 96)
        #expect(try geos.wkt(g) == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")
        let p = try geos.native(.point(Point(x: 155_000.123456, y: 463_000.5)))
        #expect(try geos.wkt(p, decimals: 2) == "POINT (155000.12 463000.5)")
        #expect(try geos.wkt(p, decimals: 2, trim: false) == "POINT (155000.12 463000.50)")
        #expect(try geos.read(wkt: geos.wkt(g)).equals(g))
    }

    @Test func wkbRoundTripIsExact() throws {
        let value = Geometry<XY>.multiPolygon(
            MultiPolygon([
                .rectangle(minX: 93_000.125, minY: 463_000.0625, maxX: 94_000.333333, maxY: 464_000.1),
                .rectangle(minX: 0, minY: 0, maxX: 1, maxY: 1),
            ]))
        let bytes = try geos.wkb(geos.native(value))
        #expect(bytes.first == 1)  // little endian
        #expect(bytes.count == 1 + 4 + 4 + 2 * (1 + 4 + 4 + 4 + 5 * 16))
        #expect(try geos.read(wkb: bytes).value() == value)
    }

    @Test(arguments: ["", "POLYGON", "POLYGON ((0 0, 1 1", "POINT (1 nan_)", "LINESTRING (0 0)", "{}"])
    func garbageWKTThrows(_ text: String) throws {
        let error = #expect(throws: GeometryError.self) { try geos.read(wkt: text) }
        #expect(error?.kind == .parse)
        #expect(error?.message.isEmpty == false)
    }

    @Test func garbageWKBThrows() throws {
        for bytes: [UInt8] in [[], [1], [1, 3, 0, 0, 0, 5], [7, 7, 7, 7, 7, 7, 7, 7, 7]] {
            #expect(throws: GeometryError.self) { try geos.read(wkb: bytes) }
        }
    }
}
