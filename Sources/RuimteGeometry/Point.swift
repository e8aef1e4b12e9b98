/// A single position.
public struct Point<C: Coordinate>: Sendable, Hashable {
    /// The position of the point.
    public var coordinate: C

    /// Creates a point at `coordinate`.
    public init(_ coordinate: C) { self.coordinate = coordinate }
}

extension Point where C == XY {
    /// Creates a projected point from an easting and northing in metres.
    public init(x: Double, y: Double) { self.init(XY(x: x, y: y)) }
}

extension Point where C == LonLat {
    /// Creates a geographic point from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) { self.init(LonLat(lon: lon, lat: lat)) }
}
