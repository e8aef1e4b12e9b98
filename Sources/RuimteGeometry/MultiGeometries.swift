/// Several points treated as one geometry.
public struct MultiPoint<C: Coordinate>: Sendable, Hashable {
    /// The member points.
    public var points: [Point<C>]
    /// Creates a multi-point from its members.
    public init(_ points: [Point<C>]) { self.points = points }
}

/// Several line strings treated as one geometry.
public struct MultiLineString<C: Coordinate>: Sendable, Hashable {
    /// The member line strings.
    public var lineStrings: [LineString<C>]
    /// Creates a multi-line-string from its members.
    public init(_ lineStrings: [LineString<C>]) { self.lineStrings = lineStrings }
}

/// Several polygons treated as one geometry, e.g. a business park in separate parts.
public struct MultiPolygon<C: Coordinate>: Sendable, Hashable {
    /// The member polygons.
    public var polygons: [Polygon<C>]
    /// Creates a multi-polygon from its members.
    public init(_ polygons: [Polygon<C>]) { self.polygons = polygons }
}

/// A heterogeneous collection of geometries.
public struct GeometryCollection<C: Coordinate>: Sendable, Hashable {
    /// The member geometries.
    public var geometries: [Geometry<C>]
    /// Creates a collection from its members.
    public init(_ geometries: [Geometry<C>]) { self.geometries = geometries }
}
