import CGEOS

/// A geometry prepared for many repeated predicate and distance tests against others
/// (GEOS `GEOSPrepare_r`): it builds an index over its own edges once.
///
/// Use it for the side of a comparison that stays fixed, e.g. one business park tested
/// against every dwelling. It keeps its ``base`` geometry alive, as GEOS requires.
public final class PreparedGeometry {
    /// The geometry that was prepared.
    public let base: NativeGeometry
    private let pointer: OpaquePointer
    private var session: GEOSSession { base.session }

    /// Prepares `geometry`.
    public init(_ geometry: NativeGeometry) throws {
        geometry.session.resetError()
        guard let pointer = GEOSPrepare_r(geometry.session.handle, geometry.pointer) else {
            throw geometry.session.error("prepare")
        }
        self.base = geometry
        self.pointer = pointer
    }

    deinit {
        GEOSPreparedGeom_destroy_r(session.handle, pointer)
    }

    private func test(
        _ operation: String, _ other: NativeGeometry,
        _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> CChar
    ) throws -> Bool {
        try base.checkSameSession(other, operation)
        return try session.predicate(operation) { call($0, pointer, other.pointer) }
    }

    /// True when the prepared geometry and `other` share a point.
    public func intersects(_ other: NativeGeometry) throws -> Bool {
        try test("prepared intersects", other) { GEOSPreparedIntersects_r($0, $1, $2) }
    }
    /// True when `other` lies in the prepared geometry and their interiors meet.
    public func contains(_ other: NativeGeometry) throws -> Bool {
        try test("prepared contains", other) { GEOSPreparedContains_r($0, $1, $2) }
    }
    /// True when `other` lies in the interior of the prepared geometry (touches no boundary).
    public func containsProperly(_ other: NativeGeometry) throws -> Bool {
        try test("prepared containsProperly", other) { GEOSPreparedContainsProperly_r($0, $1, $2) }
    }
    /// True when no point of `other` lies outside the prepared geometry.
    public func covers(_ other: NativeGeometry) throws -> Bool {
        try test("prepared covers", other) { GEOSPreparedCovers_r($0, $1, $2) }
    }
    /// True when no point of the prepared geometry lies outside `other`.
    public func coveredBy(_ other: NativeGeometry) throws -> Bool {
        try test("prepared coveredBy", other) { GEOSPreparedCoveredBy_r($0, $1, $2) }
    }
    /// True when the prepared geometry lies within `other`.
    public func within(_ other: NativeGeometry) throws -> Bool {
        try test("prepared within", other) { GEOSPreparedWithin_r($0, $1, $2) }
    }
    /// True when the prepared geometry and `other` meet only on their boundaries.
    public func touches(_ other: NativeGeometry) throws -> Bool {
        try test("prepared touches", other) { GEOSPreparedTouches_r($0, $1, $2) }
    }
    /// True when the prepared geometry and `other` overlap.
    public func overlaps(_ other: NativeGeometry) throws -> Bool {
        try test("prepared overlaps", other) { GEOSPreparedOverlaps_r($0, $1, $2) }
    }
    /// True when the prepared geometry and `other` cross.
    public func crosses(_ other: NativeGeometry) throws -> Bool {
        try test("prepared crosses", other) { GEOSPreparedCrosses_r($0, $1, $2) }
    }

    /// Minimum distance to `other` in coordinate units.
    public func distance(_ other: NativeGeometry) throws -> Double {
        try base.checkSameSession(other, "prepared distance")
        return try session.measure("prepared distance") { GEOSPreparedDistance_r($0, pointer, other.pointer, $1) }
    }

    /// True when `distance(other) <= maxDistance`.
    public func distanceWithin(_ other: NativeGeometry, _ maxDistance: Double) throws -> Bool {
        try test("prepared distanceWithin", other) { GEOSPreparedDistanceWithin_r($0, $1, $2, maxDistance) }
    }

    /// The closest pair of points, the first on the prepared geometry.
    public func nearestPoints(_ other: NativeGeometry) throws -> (XY, XY) {
        try base.checkSameSession(other, "prepared nearestPoints")
        session.resetError()
        guard let sequence = GEOSPreparedNearestPoints_r(session.handle, pointer, other.pointer) else {
            throw session.error("prepared nearestPoints")
        }
        return try session.takePointPair(sequence, "prepared nearestPoints")
    }

    /// Evaluates `predicate(prepared, other)`.
    public func evaluate(_ predicate: SpatialPredicate, _ other: NativeGeometry) throws -> Bool {
        switch predicate {
        case .intersects: try intersects(other)
        case .contains: try contains(other)
        case .containsProperly: try containsProperly(other)
        case .covers: try covers(other)
        case .coveredBy: try coveredBy(other)
        case .within: try within(other)
        case .touches: try touches(other)
        case .overlaps: try overlaps(other)
        case .crosses: try crosses(other)
        }
    }
}

/// A binary spatial predicate, named as in shapely's `STRtree.query(predicate=...)`.
public enum SpatialPredicate: String, Sendable, CaseIterable {
    case intersects, contains, containsProperly = "contains_properly", covers
    case coveredBy = "covered_by", within, touches, overlaps, crosses
}
