import CGEOS

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

    /// The area within `distance` of the geometry (negative shrinks polygons).
    ///
    /// Curves are approximated by chords: `quadrantSegments` segments per quarter circle
    /// (shapely's default 8), so a buffered point's area is slightly less than πr².
    public func buffer(
        _ distance: Double, quadrantSegments: Int = 8,
        capStyle: BufferCapStyle = .round, joinStyle: BufferJoinStyle = .round,
        mitreLimit: Double = 5
    ) throws -> NativeGeometry {
        let h = session.handle
        session.resetError()
        guard let params = GEOSBufferParams_create_r(h) else { throw session.error("buffer") }
        defer { GEOSBufferParams_destroy_r(h, params) }
        let cap: GEOSBufCapStyles =
            switch capStyle {
            case .round: GEOSBUF_CAP_ROUND
            case .flat: GEOSBUF_CAP_FLAT
            case .square: GEOSBUF_CAP_SQUARE
            }
        let join: GEOSBufJoinStyles =
            switch joinStyle {
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
