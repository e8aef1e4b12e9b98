import RuimteFormats
import RuimteGeometry
import Testing

@Suite struct WKBDecoderTests {
    @Test func decodesWhatGEOSWrites() throws {
        let geos = try GEOSSession()
        for wkt in [
            "POINT (1 2)", "LINESTRING (0 0, 1 1, 2 0)", "POLYGON ((0 0, 10 0, 10 10, 0 0), (5 1, 6 1, 6 2, 5 1))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", "MULTIPOINT ((1 1), (2 2))",
            "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 3 3))", "POLYGON Z ((0 0 1, 1 0 1, 1 1 1, 0 0 1))",
        ] {
            let native = try geos.read(wkt: wkt)
            let decoded: Geometry<XY> = try WKBDecoder.decode(try geos.wkb(native))
            #expect(try geos.native(decoded).equals(native), "\(wkt)")
        }
        // Big-endian input, written by hand: POINT (1 2).
        let bigEndian: [UInt8] = [0, 0, 0, 0, 1, 0x3F, 0xF0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0]
        #expect(try WKBDecoder.decode(bigEndian, as: XY.self) == .point(Point(x: 1, y: 2)))
    }

    @Test func rejectsTruncatedAndUnknown() {
        for bytes: [UInt8] in [[], [1], [1, 3, 0, 0, 0, 1, 0, 0, 0, 255, 255, 255, 127], [1, 99, 0, 0, 0], [7]] {
            #expect(throws: GeometryError.self) { let _: Geometry<XY> = try WKBDecoder.decode(bytes) }
        }
    }
}
