import RuimteGeometry

/// The three layers of sites Ruimte compares.
public enum SiteLayer: String, CaseIterable, Sendable, Codable {
    /// Bedrijventerreinen (business parks).
    case parks
    /// Wijkwinkelcentra (neighbourhood shopping centres).
    case centres
    /// Woningbouwlocaties (housing focus locations).
    case housing

    /// The Dutch name of a site of this layer, as written in the GeoJSON `kind` property.
    public var kind: String {
        switch self {
        case .parks: "bedrijventerrein"
        case .centres: "wijkwinkelcentrum"
        case .housing: "woningbouwlocatie"
        }
    }

    /// The English plural for tables, e.g. "business parks".
    public var title: String {
        switch self {
        case .parks: "business parks"
        case .centres: "shopping centres"
        case .housing: "housing sites"
        }
    }
}

/// What every site has, whatever its layer: identity, outline in RD New, provenance.
public struct SiteRecord: Sendable, Hashable {
    /// Stable slug, unique within its layer, e.g. `"amphoraweg"`.
    public var id: String
    /// The name planners use, e.g. `"Amphoraweg"`.
    public var name: String
    /// The layer the site belongs to.
    public var layer: SiteLayer
    /// The outline in RD New (EPSG:28992), metres; `Polygon` or `MultiPolygon`.
    public var geometry: Geometry<XY>
    /// Honest estimate of the outline's positional accuracy in metres: how far a true
    /// boundary may lie from the drawn one.
    public var accuracy: Double
    /// Where each fact comes from: `"geometry"` and one key per figure, to a URL or title.
    public var sources: [String: String]
    /// Free-text notes on figures (e.g. why a value is a lower bound), by figure name.
    public var notes: [String: String]
    /// The file the site was read from.
    public var file: String

    /// Creates a record; `sources` should at least name the geometry's source.
    public init(
        id: String, name: String, layer: SiteLayer, geometry: Geometry<XY>, accuracy: Double,
        sources: [String: String] = [:], notes: [String: String] = [:], file: String = ""
    ) {
        self.id = id
        self.name = name
        self.layer = layer
        self.geometry = geometry
        self.accuracy = accuracy
        self.sources = sources
        self.notes = notes
        self.file = file
    }
}

/// A typed site: a business park, a shopping centre or a housing site.
public protocol Site: Sendable {
    /// The identity, outline and provenance shared by all sites.
    var record: SiteRecord { get }
}

extension Site {
    /// Stable slug of the site.
    public var id: String { record.id }
    /// Name of the site.
    public var name: String { record.name }
    /// Outline in RD New metres.
    public var geometry: Geometry<XY> { record.geometry }
    /// Positional accuracy of the outline in metres.
    public var accuracy: Double { record.accuracy }
}
