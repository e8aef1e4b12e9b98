import CGEOS

/// A geometry held by GEOS inside one ``GEOSSession``, with shapely's operations.
///
/// Make one with ``GEOSSession/native(_:)`` (or by reading WKT/WKB), run operations on it,
/// and turn results back into values with ``value()``. All measurements are in the units of
/// the coordinates: metres and square metres for RD New. The GEOS handle is destroyed when
/// the object is released. Like its session, a native geometry is confined to one task.
public final class NativeGeometry {
    /// The session that runs operations on this geometry; kept alive as long as it.
    public let session: GEOSSession
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, in session: GEOSSession) {
        self.pointer = pointer
        self.session = session
    }

    deinit {
        GEOSGeom_destroy_r(session.handle, pointer)
    }

    /// The pure-Swift value of this geometry.
    public func value() throws -> Geometry<XY> { try session.value(of: self) }

    func checkSameSession(_ other: NativeGeometry, _ operation: String) throws {
        guard other.session === session else {
            throw GeometryError(.sessionMismatch, operation: operation,
                                message: "the two geometries belong to different GEOS sessions")
        }
    }

    /// Runs a binary GEOS operation returning a new geometry.
    func binary(_ operation: String, _ other: NativeGeometry,
                _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> NativeGeometry {
        try checkSameSession(other, operation)
        return try session.makeGeometry(operation) { call($0, pointer, other.pointer) }
    }

    /// Runs a binary GEOS predicate.
    func binaryPredicate(_ operation: String, _ other: NativeGeometry,
                         _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> CChar) throws -> Bool {
        try checkSameSession(other, operation)
        return try session.predicate(operation) { call($0, pointer, other.pointer) }
    }

    /// Runs a unary GEOS operation returning a new geometry.
    func unary(_ operation: String, _ call: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> NativeGeometry {
        try session.makeGeometry(operation) { call($0, pointer) }
    }
}

// MARK: - Measures

extension NativeGeometry {
    /// Area in squared coordinate units (m² in RD New); 0 for points and lines.
    public func area() throws -> Double {
        try session.measure("area") { GEOSArea_r($0, pointer, $1) }
    }

    /// Length of lines, or perimeter of polygons, in coordinate units (m in RD New).
    public func length() throws -> Double {
        try session.measure("length") { GEOSLength_r($0, pointer, $1) }
    }

    /// Minimum Cartesian distance to `other`; 0 when they touch or overlap.
    public func distance(_ other: NativeGeometry) throws -> Double {
        try checkSameSession(other, "distance")
        return try session.measure("distance") { GEOSDistance_r($0, pointer, other.pointer, $1) }
    }

    /// True when `distance(other) <= maxDistance`, computed without the full distance.
    public func distanceWithin(_ other: NativeGeometry, _ maxDistance: Double) throws -> Bool {
        try binaryPredicate("distanceWithin", other) { GEOSDistanceWithin_r($0, $1, $2, maxDistance) }
    }

    /// The discrete Hausdorff distance to `other` (how far apart the shapes are at worst).
    public func hausdorffDistance(_ other: NativeGeometry) throws -> Double {
        try checkSameSession(other, "hausdorffDistance")
        return try session.measure("hausdorffDistance") { GEOSHausdorffDistance_r($0, pointer, other.pointer, $1) }
    }

    /// The closest pair of points: the first on this geometry, the second on `other`.
    public func nearestPoints(_ other: NativeGeometry) throws -> (XY, XY) {
        try checkSameSession(other, "nearestPoints")
        session.resetError()
        guard let sequence = GEOSNearestPoints_r(session.handle, pointer, other.pointer) else {
            throw session.error("nearestPoints")
        }
        return try session.takePointPair(sequence, "nearestPoints")
    }

    /// The bounding box, or nil for an empty geometry.
    public func envelopeBounds() throws -> Envelope? {
        if try isEmpty() { return nil }
        let minX = try session.measure("envelope") { GEOSGeom_getXMin_r($0, pointer, $1) }
        let minY = try session.measure("envelope") { GEOSGeom_getYMin_r($0, pointer, $1) }
        let maxX = try session.measure("envelope") { GEOSGeom_getXMax_r($0, pointer, $1) }
        let maxY = try session.measure("envelope") { GEOSGeom_getYMax_r($0, pointer, $1) }
        return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}

extension GEOSSession {
    /// Reads the two points of a 2-point coordinate sequence GEOS allocated, then frees it.
    func takePointPair(_ sequence: OpaquePointer, _ operation: String) throws -> (XY, XY) {
        defer { GEOSCoordSeq_destroy_r(handle, sequence) }
        var buffer = [Double](repeating: 0, count: 4)
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) == 1, size == 2,
              buffer.withUnsafeMutableBufferPointer({ GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0) }) == 1
        else { throw error(operation) }
        return (XY(x: buffer[0], y: buffer[1]), XY(x: buffer[2], y: buffer[3]))
    }
}

// MARK: - Validity

/// How ``NativeGeometry/makeValid(method:keepCollapsed:)`` repairs an invalid geometry
/// (GEOS `GEOSMakeValidParams`).
public enum MakeValidMethod: Sendable {
    /// Keeps all input vertices and edges (GEOS "linework", shapely's default).
    case linework
    /// Rebuilds areas from the shell/hole structure (GEOS "structure"); drops spikes.
    case structure
}

extension NativeGeometry {
    /// True when the geometry is valid in the OGC sense.
    public func isValid() throws -> Bool {
        try session.predicate("isValid") { GEOSisValid_r($0, pointer) }
    }

    /// GEOS's explanation of validity: `"Valid Geometry"` or the first problem found, e.g.
    /// `"Self-intersection[5 5]"`.
    public func validityReason() throws -> String {
        try session.takeString("validityReason") { GEOSisValidReason_r($0, pointer) }
    }

    /// True when the geometry has no positions.
    public func isEmpty() throws -> Bool {
        try session.predicate("isEmpty") { GEOSisEmpty_r($0, pointer) }
    }

    /// A valid geometry covering the same points, repaired with `method`.
    /// With `keepCollapsed`, parts that collapse to lower dimension are kept.
    public func makeValid(method: MakeValidMethod, keepCollapsed: Bool = false) throws -> NativeGeometry {
        let h = session.handle
        session.resetError()
        guard let params = GEOSMakeValidParams_create_r(h) else { throw session.error("makeValid") }
        defer { GEOSMakeValidParams_destroy_r(h, params) }
        let geosMethod = method == .linework ? GEOS_MAKE_VALID_LINEWORK : GEOS_MAKE_VALID_STRUCTURE
        guard GEOSMakeValidParams_setMethod_r(h, params, geosMethod) == 1,
              GEOSMakeValidParams_setKeepCollapsed_r(h, params, keepCollapsed ? 1 : 0) == 1
        else { throw session.error("makeValid") }
        return try unary("makeValid") { GEOSMakeValidWithParams_r($0, $1, params) }
    }
}

// MARK: - Predicates

extension NativeGeometry {
    /// True when the geometries share at least one point.
    public func intersects(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("intersects", other) { GEOSIntersects_r($0, $1, $2) }
    }
    /// True when `other` lies in this geometry and their interiors meet.
    public func contains(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("contains", other) { GEOSContains_r($0, $1, $2) }
    }
    /// True when this geometry lies in `other` (the converse of ``contains(_:)``).
    public func within(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("within", other) { GEOSWithin_r($0, $1, $2) }
    }
    /// True when no point of `other` lies outside this geometry.
    public func covers(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("covers", other) { GEOSCovers_r($0, $1, $2) }
    }
    /// True when no point of this geometry lies outside `other`.
    public func coveredBy(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("coveredBy", other) { GEOSCoveredBy_r($0, $1, $2) }
    }
    /// True when the geometries meet only on their boundaries.
    public func touches(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("touches", other) { GEOSTouches_r($0, $1, $2) }
    }
    /// True when the geometries share some but not all interior points, same dimension.
    public func overlaps(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("overlaps", other) { GEOSOverlaps_r($0, $1, $2) }
    }
    /// True when the geometries share no point.
    public func disjoint(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("disjoint", other) { GEOSDisjoint_r($0, $1, $2) }
    }
    /// True when the geometries cross (interiors meet in a lower dimension).
    public func crosses(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("crosses", other) { GEOSCrosses_r($0, $1, $2) }
    }
    /// True when the geometries are topologically equal.
    public func equals(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("equals", other) { GEOSEquals_r($0, $1, $2) }
    }
    /// The DE-9IM intersection matrix, e.g. `"212101212"`.
    public func relate(_ other: NativeGeometry) throws -> String {
        try checkSameSession(other, "relate")
        return try session.takeString("relate") { GEOSRelate_r($0, pointer, other.pointer) }
    }
    /// True when the DE-9IM matrix matches `pattern` (e.g. `"T*F**F***"`).
    public func relate(_ other: NativeGeometry, pattern: String) throws -> Bool {
        try binaryPredicate("relate pattern", other) { GEOSRelatePattern_r($0, $1, $2, pattern) }
    }
}

// MARK: - Overlay and constructions

/// The shape of a buffer's line ends (GEOS `GEOSBufCapStyles`).
public enum BufferCapStyle: Sendable { case round, flat, square }
/// The shape of a buffer's corners (GEOS `GEOSBufJoinStyles`).
public enum BufferJoinStyle: Sendable { case round, mitre, bevel }

extension NativeGeometry {
    /// The points shared by both geometries.
    public func intersection(_ other: NativeGeometry) throws -> NativeGeometry {
        try binary("intersection", other) { GEOSIntersection_r($0, $1, $2) }
    }
    /// The points in either geometry.
    public func union(_ other: NativeGeometry) throws -> NativeGeometry {
        try binary("union", other) { GEOSUnion_r($0, $1, $2) }
    }
    /// The points of this geometry not in `other`.
    public func difference(_ other: NativeGeometry) throws -> NativeGeometry {
        try binary("difference", other) { GEOSDifference_r($0, $1, $2) }
    }
    /// The points in exactly one of the two geometries.
    public func symmetricDifference(_ other: NativeGeometry) throws -> NativeGeometry {
        try binary("symmetricDifference", other) { GEOSSymDifference_r($0, $1, $2) }
    }
    /// The union of all parts of this geometry (dissolves a collection).
    public func unaryUnion() throws -> NativeGeometry {
        try unary("unaryUnion") { GEOSUnaryUnion_r($0, $1) }
    }
    /// The boundary: the rings of a polygon as lines, the end points of a line.
    public func boundary() throws -> NativeGeometry {
        try unary("boundary") { GEOSBoundary_r($0, $1) }
    }
    /// The centroid (centre of mass) as a point; may lie outside a concave shape.
    public func centroid() throws -> NativeGeometry {
        try unary("centroid") { GEOSGetCentroid_r($0, $1) }
    }
    /// A point guaranteed to lie inside the geometry.
    public func pointOnSurface() throws -> NativeGeometry {
        try unary("pointOnSurface") { GEOSPointOnSurface_r($0, $1) }
    }
    /// The bounding box as a polygon (or a point for a single point).
    public func envelope() throws -> NativeGeometry {
        try unary("envelope") { GEOSEnvelope_r($0, $1) }
    }
    /// The smallest convex polygon holding the geometry.
    public func convexHull() throws -> NativeGeometry {
        try unary("convexHull") { GEOSConvexHull_r($0, $1) }
    }
    /// A simplified geometry (Douglas-Peucker with `tolerance` in coordinate units);
    /// `preserveTopology` keeps it valid (shapely's default).
    public func simplify(tolerance: Double, preserveTopology: Bool = true) throws -> NativeGeometry {
        try unary("simplify") {
            preserveTopology ? GEOSTopologyPreserveSimplify_r($0, $1, tolerance) : GEOSSimplify_r($0, $1, tolerance)
        }
    }

    /// The area within `distance` of the geometry (negative shrinks polygons).
    ///
    /// Curves are approximated by chords: `quadrantSegments` segments per quarter circle
    /// (shapely's default 8), so a buffered point's area is slightly less than πr².
    public func buffer(_ distance: Double, quadrantSegments: Int = 8,
                       capStyle: BufferCapStyle = .round, joinStyle: BufferJoinStyle = .round,
                       mitreLimit: Double = 5) throws -> NativeGeometry {
        let h = session.handle
        session.resetError()
        guard let params = GEOSBufferParams_create_r(h) else { throw session.error("buffer") }
        defer { GEOSBufferParams_destroy_r(h, params) }
        let cap: GEOSBufCapStyles = switch capStyle {
        case .round: GEOSBUF_CAP_ROUND
        case .flat: GEOSBUF_CAP_FLAT
        case .square: GEOSBUF_CAP_SQUARE
        }
        let join: GEOSBufJoinStyles = switch joinStyle {
        case .round: GEOSBUF_JOIN_ROUND
        case .mitre: GEOSBUF_JOIN_MITRE
        case .bevel: GEOSBUF_JOIN_BEVEL
        }
        guard GEOSBufferParams_setEndCapStyle_r(h, params, Int32(cap.rawValue)) == 1,
              GEOSBufferParams_setJoinStyle_r(h, params, Int32(join.rawValue)) == 1,
              GEOSBufferParams_setMitreLimit_r(h, params, mitreLimit) == 1,
              GEOSBufferParams_setQuadrantSegments_r(h, params, Int32(quadrantSegments)) == 1
        else { throw session.error("buffer") }
        return try unary("buffer") { GEOSBufferWithParams_r($0, $1, params, distance) }
    }
}
