// geometry-memcheck: a synchronous run through every wrapper of RuimteGeometry, including
// its error paths, so that valgrind (which crashes on Swift's async main) can prove that
// no GEOS or PROJ handle leaks. `make memcheck` runs it under memcheck.
import Foundation
import RuimteFormats
import RuimteGeometry

/// A wrapper that accepted bad input: the run fails with this message.
struct MissedError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `body`, which must throw a GeometryError; counts it, or fails the run.
func expectGeometryError(_ what: String, _ checks: inout Int, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch is GeometryError {
        checks += 1
        return
    }
    throw MissedError(description: "expected an error for \(what)")
}

func exercise(rounds: Int) throws -> Int {
    var checks = 0
    for _ in 0..<rounds {
        let geos = try GEOSSession()
        let a = try geos.native(.polygon(.rectangle(minX: 0, minY: 0, maxX: 10, maxY: 10)))
        let b = try geos.native(
            .polygon(
                Polygon(
                    exterior: [
                        XY(x: 5, y: 5), XY(x: 15, y: 5), XY(x: 15, y: 15),
                        XY(x: 5, y: 15), XY(x: 5, y: 5),
                    ],
                    holes: [[XY(x: 6, y: 6), XY(x: 7, y: 6), XY(x: 7, y: 7), XY(x: 6, y: 6)]])))
        let bowTie = try geos.read(wkt: "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")
        try operations(a, b, bowTie, in: geos)
        try indexAndErrors(a, b, bowTie, in: geos, &checks)
        try transformsAndFormats(a, b, in: geos, &checks)
    }
    return checks
}

/// Every measure, construction, predicate, validity call and WKB/WKT round trip.
func operations(_ a: NativeGeometry, _ b: NativeGeometry, _ bowTie: NativeGeometry, in geos: GEOSSession) throws {
    _ = try a.area() + a.length() + a.distance(b)
    _ = try a.distanceWithin(b, 1)
    _ = try a.nearestPoints(b)
    _ = try a.envelopeBounds()
    for op in [a.intersection, a.union, a.difference] { _ = try op(b).value() }
    _ = try [
        a.intersects(b), a.contains(b), a.within(b), a.covers(b), a.coveredBy(b), a.touches(b),
        a.overlaps(b), a.crosses(b), a.equals(b),
    ]
    _ = try a.unaryUnion().centroid().value()
    _ = try a.boundary().length()
    _ = try a.pointOnSurface().envelope().value()
    _ = try a.buffer(5, quadrantSegments: 4, capStyle: .flat, joinStyle: .mitre).area()
    _ = try bowTie.isValid()
    _ = try bowTie.validityReason()
    _ = try bowTie.makeValid(method: .structure).area() + bowTie.makeValid(method: .linework).area()
    _ = try geos.read(wkb: geos.wkb(b)).value()
    _ = try geos.wkt(b, decimals: 2, trim: false)
    let prepared = try PreparedGeometry(a)
    for predicate in SpatialPredicate.allCases { _ = try prepared.evaluate(predicate, b) }
    _ = try prepared.distance(b) + (prepared.distanceWithin(b, 2) ? 1 : 0)
    _ = try prepared.nearestPoints(b)
}

/// The STRtree and the error paths: each must throw, and leak nothing on the way.
func indexAndErrors(
    _ a: NativeGeometry, _ b: NativeGeometry, _ bowTie: NativeGeometry, in geos: GEOSSession, _ checks: inout Int
) throws {
    var boxes: [NativeGeometry] = []
    for i in 0..<50 {
        let minX = Double(i * 3)
        boxes.append(try geos.native(.polygon(.rectangle(minX: minX, minY: 0, maxX: minX + 2, maxY: 2))))
    }
    let index = try SpatialIndex(boxes, in: geos)
    _ = try index.query(a, predicate: .intersects)
    _ = try index.query(a, withinDistance: 20)
    _ = try index.query(envelope: Envelope(minX: 0, minY: 0, maxX: 30, maxY: 1))
    _ = try index.nearest(to: b)
    // Error paths: each must throw, and leak nothing on the way.
    for bad in ["POLYGON ((0 0, 1 1", "NOT WKT", ""] {
        try expectGeometryError("bad WKT \(bad)", &checks) { _ = try geos.read(wkt: bad) }
    }
    try expectGeometryError("bad WKB", &checks) { _ = try geos.read(wkb: [1, 2, 3]) }
    try expectGeometryError("a topology error", &checks) { _ = try bowTie.intersection(a) }
    let unclosed = Polygon(
        exterior: [XY(x: 0, y: 0), XY(x: 1, y: 0), XY(x: 1, y: 1), XY(x: 0, y: 1)],
        holes: [])
    try expectGeometryError("an unclosed ring", &checks) {
        _ = try geos.native(
            .multiPolygon(MultiPolygon([.rectangle(minX: 0, minY: 0, maxX: 1, maxY: 1), unclosed])))
    }
}

/// PROJ transformations, GeoJSON and WKB decoding and the packed layer.
func transformsAndFormats(_ a: NativeGeometry, _ b: NativeGeometry, in geos: GEOSSession, _ checks: inout Int) throws {
    let toRD = try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew()
    let rd = try toRD.forward(
        .polygon(
            Polygon(exterior: [
                LonLat(lon: 4.48, lat: 52.16), LonLat(lon: 4.49, lat: 52.16),
                LonLat(lon: 4.49, lat: 52.17), LonLat(lon: 4.48, lat: 52.16),
            ])))
    _ = try toRD.inverse(rd)
    _ = toRD.lastOperation
    try expectGeometryError("an unknown CRS", &checks) {
        _ = try CoordinateTransformer<LonLat, XY>(from: "EPSG:999999", to: "EPSG:28992")
    }
    try expectGeometryError("latitude 152", &checks) { _ = try toRD.forward([LonLat(lon: 4.5, lat: 152)]) }
    _ = GeoJSONGeometry.write(try rd.mapCoordinateArrays { try toRD.inverse($0) }, decimals: 7)
    try expectGeometryError("GeoJSON without coordinates", &checks) {
        _ = try GeoJSONGeometry.read(JSONValue.parse(Data("{\"type\":\"Polygon\"}".utf8)), as: LonLat.self)
    }
    _ = try WKBDecoder.decode(geos.wkb(b), as: XY.self)
    var packed = try PackedPolygons([a.value(), b.value()])
    try packed.append(
        .multiPolygon(
            MultiPolygon([
                Polygon.rectangle(minX: 0, minY: 0, maxX: 1, maxY: 1),
                Polygon.rectangle(minX: 2, minY: 0, maxX: 3, maxY: 1),
            ])))
    _ = try geos.native(packed, at: 1).intersection(geos.native(packed, at: 0)).area()
    _ = try geos.native(packed, at: 2).area()
    try expectGeometryError("a line in a polygon layer", &checks) {
        try packed.append(.lineString(LineString([XY(x: 0, y: 0), XY(x: 1, y: 1)])))
    }
}

do {
    let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 3
    let checks = try exercise(rounds: rounds)
    print("geometry-memcheck: \(rounds) rounds, \(checks) error paths checked")
} catch {
    print("geometry-memcheck failed: \(error)")
    exit(1)
}
