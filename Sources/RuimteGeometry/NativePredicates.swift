import CGEOS

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
    /// True when the geometries cross (interiors meet in a lower dimension).
    public func crosses(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("crosses", other) { GEOSCrosses_r($0, $1, $2) }
    }
    /// True when the geometries are topologically equal.
    public func equals(_ other: NativeGeometry) throws -> Bool {
        try binaryPredicate("equals", other) { GEOSEquals_r($0, $1, $2) }
    }
}
