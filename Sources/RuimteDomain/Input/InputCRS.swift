import RuimteFormats

/// The coordinate reference system to assume for an input layer that declares none
/// (`--crs`): a layer's own declaration (a GeoJSON `crs` member, GDAL's SRS) always wins.
public enum InputCRS: Sendable, Hashable {
    /// Use what the layer declares; a layer declaring nothing is WGS84, as RFC 7946 prescribes.
    case auto
    /// Read layers that declare no CRS in this EPSG system.
    case epsg(Int)

    /// WGS84 longitude/latitude (EPSG:4326, RFC 7946).
    public static let wgs84 = InputCRS.epsg(4326)
    /// RD New metres (EPSG:28992).
    public static let rdNew = InputCRS.epsg(28992)

    /// Parses `auto` or an EPSG name (`EPSG:28992`, `urn:ogc:def:crs:EPSG::28992`).
    public init?(parsing text: String) {
        if text.lowercased() == "auto" {
            self = .auto
            return
        }
        switch CRSName.parse(text) {
        case .epsg(let code)?: self = .epsg(code)
        case .crs84?: self = .wgs84
        default: return nil
        }
    }

    /// The option value as a user writes it.
    public var text: String {
        switch self {
        case .auto: "auto"
        case .epsg(let code): "EPSG:\(code)"
        }
    }

    /// What the layer is taken to be in: its own declaration, else this choice.
    func resolve(_ declared: DeclaredCRS?) -> DeclaredCRS? {
        if let declared { return declared }
        if case .epsg(let code) = self { return .epsg(code) }
        return nil
    }
}
