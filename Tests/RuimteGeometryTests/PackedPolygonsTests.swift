import Testing

@testable import RuimteGeometry

@Suite struct PackedPolygonsTests {
    let holed: Geometry<XY> = .polygon(
        Polygon(
            exterior: Polygon.rectangle(minX: 0, minY: 0, maxX: 10, maxY: 10).exterior,
            holes: [Polygon.rectangle(minX: 2, minY: 2, maxX: 4, maxY: 4).exterior.reversed()]))
    let pair: Geometry<XY> = .multiPolygon(
        MultiPolygon([
            .rectangle(minX: 20, minY: 0, maxX: 21, maxY: 1),
            .rectangle(minX: 30, minY: 5, maxX: 33, maxY: 7),
        ]))

    @Test func roundTripsAndMeasures() throws {
        let layer = try PackedPolygons([square(0, 0), holed, pair])
        #expect(layer.count == 3)
        #expect(layer[0] == square(0, 0) && layer[1] == holed && layer[2] == pair)
        // 5 + 5 + 5 + 5 + 5 positions, 16 bytes each.
        #expect(layer.positions.count == 25)
        #expect(layer.envelope(of: 2) == Envelope(minX: 20, minY: 0, maxX: 33, maxY: 7))
        let geos = try GEOSSession()
        // 100 - 4 = 96 m2 for the holed square; 1 + 6 = 7 m2 for the pair.
        #expect(try geos.native(layer, at: 1).area() == 96)
        #expect(try geos.native(layer, at: 2).area() == 7)
        #expect(try geos.native(layer, at: 2).value() == pair)
    }

    @Test func rejectsWhatIsNotAPolygonAndStaysUnchanged() throws {
        var layer = try PackedPolygons([square(0, 0)])
        #expect(throws: GeometryError.self) { try layer.append(.point(Point(x: 1, y: 1))) }
        #expect(throws: GeometryError.self) {
            try layer.append(
                .polygon(Polygon(exterior: [XY(x: 0, y: 0), XY(x: 1, y: 0), XY(x: 1, y: 1), XY(x: 0, y: 1)])))
        }
        #expect(throws: GeometryError.self) {
            try layer.append(
                .polygon(Polygon(exterior: [XY(x: 0, y: 0), XY(x: .nan, y: 0), XY(x: 1, y: 1), XY(x: 0, y: 0)])))
        }
        #expect(layer.count == 1 && layer.positions.count == 5)
    }
}
