import CGEOS

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
            buffer.withUnsafeMutableBufferPointer({
                GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0)
            }) == 1
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

    /// The geometry with every position on a grid of `gridSize` (GEOS `GEOSGeom_setPrecision`):
    /// unlike rounding each position, the result stays valid (a sliver narrower than the grid
    /// collapses instead of crossing itself). What a writer that rounds to a fixed number of
    /// decimals needs first.
    public func onGrid(_ gridSize: Double) throws -> NativeGeometry {
        try unary("setPrecision") { GEOSGeom_setPrecision_r($0, $1, gridSize, 0) }
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
