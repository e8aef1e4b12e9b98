/// A two-dimensional coordinate whose axis names say which reference system it belongs to.
///
/// Ruimte never passes bare `(Double, Double)` pairs between layers: a projected
/// coordinate is an ``XY`` (metres east and north, e.g. RD New, EPSG:28992) and a
/// geographic one is a ``LonLat`` (degrees, WGS84, EPSG:4326). Geometries are generic
/// over the coordinate type, so a WGS84 polygon cannot be handed to an area computation
/// that expects metres, and longitude and latitude cannot be swapped by accident.
public protocol Coordinate: Sendable, Hashable {
    /// Creates a coordinate from its two axis values in the system's normalised order:
    /// easting/northing for ``XY``, longitude/latitude for ``LonLat``.
    init(first: Double, second: Double)
    /// The first axis value in normalised order (x or longitude).
    var first: Double { get }
    /// The second axis value in normalised order (y or latitude).
    var second: Double { get }
}

/// A projected coordinate in metres: `x` is the easting, `y` the northing.
///
/// In Ruimte the projected system is RD New (EPSG:28992) unless stated otherwise; its
/// false origin is x 155 000 m, y 463 000 m near Amersfoort.
public struct XY: Coordinate, CustomStringConvertible {
    /// Easting in metres.
    public var x: Double
    /// Northing in metres.
    public var y: Double

    /// Creates a projected coordinate from an easting and a northing in metres.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public init(first: Double, second: Double) { self.init(x: first, y: second) }
    public var first: Double { x }
    public var second: Double { y }
    public var description: String { "(x \(x), y \(y))" }
}

/// A geographic coordinate in decimal degrees on WGS84 (EPSG:4326).
///
/// GeoJSON (RFC 7946) writes positions as `[lon, lat]`; EPSG:4326 itself is defined
/// latitude first. This type names both axes so the order is never a guess.
public struct LonLat: Coordinate, CustomStringConvertible {
    /// Longitude in degrees east of Greenwich.
    public var lon: Double
    /// Latitude in degrees north of the equator.
    public var lat: Double

    /// Creates a geographic coordinate from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    public init(first: Double, second: Double) { self.init(lon: first, lat: second) }
    public var first: Double { lon }
    public var second: Double { lat }
    public var description: String { "(lon \(lon), lat \(lat))" }
}

/// A coordinate exactly as a layer stores it: first and second ordinate in the layer's own
/// declared CRS (longitude first for geographic layers), before anything knows which
/// system that is. Sources yield these; only the domain's checker, which knows the layer's
/// CRS, turns them into ``XY`` in RD New, so no area or distance is ever computed on them.
public struct Stored: Coordinate, CustomStringConvertible {
    /// The first ordinate as stored.
    public var first: Double
    /// The second ordinate as stored.
    public var second: Double

    public init(first: Double, second: Double) {
        self.first = first
        self.second = second
    }

    public var description: String { "(\(first), \(second))" }
}
