/// The coordinate reference system of an input layer.
public enum InputCRS: String, Sendable, CaseIterable {
    /// Decide from the file: a legacy `crs` member naming EPSG:28992 means RD New,
    /// otherwise WGS84 as RFC 7946 prescribes.
    case auto
    /// WGS84 longitude/latitude (EPSG:4326, RFC 7946).
    case wgs84 = "EPSG:4326"
    /// RD New metres (EPSG:28992).
    case rdNew = "EPSG:28992"
}
