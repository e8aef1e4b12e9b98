import Foundation
import Testing

@testable import RuimteGeometry

@Suite struct NativeGeometryTests {
    let geos: GEOSSession
    init() throws { geos = try GEOSSession() }

    /// A polygon valid at full precision whose middle vertex, rounded to 1 mm, lands on its
    /// bottom edge: rounding each position makes it invalid, the grid keeps it valid.
    @Test func onGridKeepsARoundedPolygonValid() throws {
        let ring = [
            XY(x: 0, y: 0), XY(x: 10, y: 0), XY(x: 10, y: 0.0006), XY(x: 5, y: 0.0004), XY(x: 0, y: 0.0006),
            XY(x: 0, y: 0),
        ]
        let polygon = Geometry<XY>.polygon(Polygon(exterior: ring))
        #expect(try geos.native(polygon).isValid())
        let rounded = polygon.mapCoordinateArrays {
            $0.map { XY(x: ($0.x * 1000).rounded() / 1000, y: ($0.y * 1000).rounded() / 1000) }
        }
        #expect(try !geos.native(rounded).isValid())
        let snapped = try geos.native(polygon).onGrid(0.001)
        #expect(try snapped.isValid())
        try snapped.value().forEachCoordinateArray { positions in
            #expect(positions.allSatisfy { ($0.y * 1000).rounded() / 1000 == $0.y })
        }
    }

    @Test func unitSquareMeasures() throws {
        let s = try geos.native(square(0, 0))
        #expect(try s.area() == 1)
        #expect(try s.length() == 4)
        #expect(try s.centroid().value() == .point(Point(x: 0.5, y: 0.5)))
        #expect(try s.envelopeBounds() == Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1))
    }

    @Test func distanceBetweenSquaresTwoApart() throws {
        let a = try geos.native(square(0, 0)), b = try geos.native(square(3, 0))
        #expect(try a.distance(b) == 2)
        #expect(try a.distanceWithin(b, 2))
        #expect(try !a.distanceWithin(b, 1.999))
        let (p, q) = try a.nearestPoints(b)
        #expect(p.x == 1 && q.x == 3 && p.y == q.y)
        // Hausdorff: the far corner of one square to the other is sqrt(3^2 + 0^2) = 3.
    }

    @Test func overlayOfOffsetSquares() throws {
        let a = try geos.native(square(0, 0, size: 2)), b = try geos.native(square(1, 1, size: 2))
        #expect(try a.intersection(b).area() == 1)
        #expect(try a.union(b).area() == 7)
        #expect(try a.difference(b).area() == 3)
        let both = try geos.native(
            .multiPolygon(
                MultiPolygon([
                    .rectangle(minX: 0, minY: 0, maxX: 2, maxY: 2),
                    .rectangle(minX: 1, minY: 1, maxX: 3, maxY: 3),
                ])))
        #expect(try both.unaryUnion().area() == 7)
        #expect(try a.intersection(b).envelopeBounds() == Envelope(minX: 1, minY: 1, maxX: 2, maxY: 2))
    }

    @Test func predicatesFollowShapely() throws {
        let big = try geos.native(square(0, 0, size: 4)), small = try geos.native(square(1, 1))
        let edge = try geos.native(square(4, 0)), apart = try geos.native(square(10, 10))
        let offset = try geos.native(square(3, 3, size: 2))
        #expect(try big.contains(small) && small.within(big) && big.covers(small) && small.coveredBy(big))
        #expect(try big.touches(edge) && !big.overlaps(edge) && big.intersects(edge))
        #expect(try !big.intersects(apart))
        #expect(try big.overlaps(offset))
        let line = try geos.native(.lineString(LineString([XY(x: -1, y: 2), XY(x: 5, y: 2)])))
        #expect(try line.crosses(big))
        #expect(try big.equals(geos.native(square(0, 0, size: 4))))
    }

    @Test func bufferOfPointIsInscribedPolygon() throws {
        let p = try geos.native(.point(Point(x: 155_000, y: 463_000)))
        let area = try p.buffer(100).area()
        // 8 segments per quadrant: a regular 32-gon inscribed in the circle,
        // area n/2 r^2 sin(2 pi / n), which is within the chord error of pi r^2.
        let n = 32.0, r = 100.0
        let inscribed = n / 2 * r * r * sin(2 * Double.pi / n)
        #expect(abs(area - inscribed) / inscribed < 1e-9)
        #expect(area < Double.pi * r * r && Double.pi * r * r - area < Double.pi * r * r * 0.0065)
        // Flat caps on a 10 m line give a 10 x 2 rectangle.
        let line = try geos.native(.lineString(LineString([XY(x: 0, y: 0), XY(x: 10, y: 0)])))
        #expect(try line.buffer(1, capStyle: .flat).area() == 20)
        #expect(try line.buffer(1, capStyle: .square).area() == 24)
        #expect(try geos.native(square(0, 0, size: 10)).buffer(1, joinStyle: .mitre).area() == 144)
    }

    @Test func constructions() throws {
        let l = try geos.native(
            .polygon(
                Polygon(exterior: [
                    XY(x: 0, y: 0), XY(x: 4, y: 0), XY(x: 4, y: 1), XY(x: 1, y: 1),
                    XY(x: 1, y: 4), XY(x: 0, y: 4), XY(x: 0, y: 0),
                ])))
        #expect(try l.area() == 7)
        #expect(try l.envelope().area() == 16)
        #expect(try l.pointOnSurface().within(l))
    }

    @Test func bowTieIsReportedAndRepaired() throws {
        let bowTie = try geos.read(wkt: "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityReason() == "Self-intersection[5 5]")
        // Repaired by both methods into the two triangles of 25 m^2 each.
        for method in [MakeValidMethod.linework, .structure] {
            let repaired = try bowTie.makeValid(method: method)
            #expect(try repaired.isValid())
            #expect(try repaired.area() == 50)
        }
        // Overlay on invalid input raises GEOS's TopologyException as a Swift error.
        let error = #expect(throws: GeometryError.self) { try bowTie.intersection(geos.native(square(0, 0))) }
        #expect(error?.kind == .geos)
        #expect(error?.message.contains("TopologyException") == true)
    }

    @Test func valueRoundTripKeepsHolesAndCollections() throws {
        let withHole = Geometry<XY>.polygon(
            Polygon(
                exterior: [XY(x: 0, y: 0), XY(x: 10, y: 0), XY(x: 10, y: 10), XY(x: 0, y: 10), XY(x: 0, y: 0)],
                holes: [[XY(x: 2, y: 2), XY(x: 2, y: 4), XY(x: 4, y: 4), XY(x: 4, y: 2), XY(x: 2, y: 2)]]))
        let all: [Geometry<XY>] = [
            withHole, .point(Point(x: 1, y: 2)), .lineString(LineString([XY(x: 0, y: 0), XY(x: 1, y: 1)])),
            .multiPoint(MultiPoint([Point(x: 0, y: 0), Point(x: 3, y: 4)])),
            .multiLineString(MultiLineString([LineString([XY(x: 0, y: 0), XY(x: 1, y: 0)])])),
            .multiPolygon(MultiPolygon(withHole.polygons)),
            .collection(GeometryCollection([.point(Point(x: 1, y: 1)), withHole])), .empty,
        ]
        for g in all {
            #expect(try geos.native(g).value() == g)
        }
        #expect(try geos.native(withHole).area() == 96)
    }

    @Test func structuralErrorsAreThrownNotCrashed() throws {
        let open = Polygon(exterior: [XY(x: 0, y: 0), XY(x: 1, y: 0), XY(x: 1, y: 1), XY(x: 0, y: 1)])
        #expect(throws: GeometryError.self) { try geos.native(.polygon(open)) }
        #expect(throws: GeometryError.self) { try geos.native(.lineString(LineString([XY(x: 0, y: 0)]))) }
        #expect(throws: GeometryError.self) { try geos.native(.point(Point(x: .nan, y: 0))) }
        let other = try GEOSSession()
        let error = #expect(throws: GeometryError.self) {
            try geos.native(square(0, 0)).intersects(other.native(square(0, 0)))
        }
        #expect(error?.kind == .sessionMismatch)
    }
}
