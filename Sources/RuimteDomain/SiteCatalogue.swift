import Foundation

/// The loaded layers: every business park, shopping centre and housing site Ruimte
/// analyses, with lookup by id or name.
public struct SiteCatalogue: Sendable {
    /// Business parks, sorted by id.
    public var parks: [BusinessPark]
    /// Shopping centres, sorted by id.
    public var centres: [ShoppingCentre]
    /// Housing sites, sorted by id.
    public var housing: [HousingSite]
    /// Where each layer came from (empty when the caller built the catalogue itself).
    public var origins: [SiteLayer: LayerOrigin] = [:]

    /// Creates a catalogue; each layer is sorted by id so every result is in stable order.
    public init(parks: [BusinessPark], centres: [ShoppingCentre], housing: [HousingSite]) {
        self.parks = parks.sorted { NaturalOrder.precedes($0.id, $1.id) }
        self.centres = centres.sorted { NaturalOrder.precedes($0.id, $1.id) }
        self.housing = housing.sorted { NaturalOrder.precedes($0.id, $1.id) }
    }

    /// The file names of the bundled layers inside a geodata directory.
    public enum BundledFile {
        public static let parks = "bedrijventerreinen.geojson"
        public static let zones = "milieuzones.geojson"
        public static let centres = "wijkwinkelcentra.geojson"
        public static let housing = "woningbouwlocaties.geojson"
        public static let richtafstanden = "richtafstanden-vng2009.csv"

        /// The bundled file of a site layer.
        public static func name(of layer: SiteLayer) -> String {
            switch layer {
            case .parks: parks
            case .centres: centres
            case .housing: housing
            }
        }
    }

    /// Loads the bundled layers from `directory` (the repository's `geodata/`).
    public static func bundled(in directory: String) throws -> SiteCatalogue {
        var loader = try LayerLoader()
        let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
        return SiteCatalogue(
            parks: try loader.parks(path(BundledFile.parks), zonesFile: path(BundledFile.zones)),
            centres: try loader.centres(path(BundledFile.centres)),
            housing: try loader.housing(path(BundledFile.housing)))
    }

    /// The records of one layer, sorted by id.
    public func records(_ layer: SiteLayer) -> [SiteRecord] {
        switch layer {
        case .parks: parks.map(\.record)
        case .centres: centres.map(\.record)
        case .housing: housing.map(\.record)
        }
    }

    /// Every site record, parks first.
    public var allRecords: [SiteRecord] { SiteLayer.allCases.flatMap(records) }

    /// The site whose id or name matches `key` (ids exactly, names case-insensitively).
    public func site(_ key: String) -> SiteRecord? {
        allRecords.first { $0.id == key } ?? allRecords.first { $0.name.lowercased() == key.lowercased() }
    }

    /// The business park with this id or name.
    public func park(_ key: String) -> BusinessPark? {
        parks.first { $0.id == key } ?? parks.first { $0.name.lowercased() == key.lowercased() }
    }

    /// This catalogue with only the sites whose id or name is in `keys` kept in each layer
    /// (a layer with no match is kept whole, so `--site amphoraweg` still compares it with
    /// every housing site).
    public func filtered(to keys: [String]) -> SiteCatalogue {
        guard !keys.isEmpty else { return self }
        let wanted = Set(keys.map { $0.lowercased() })
        func keep<S: Site>(_ sites: [S]) -> [S] {
            let hit = sites.filter { wanted.contains($0.id.lowercased()) || wanted.contains($0.name.lowercased()) }
            return hit.isEmpty ? sites : hit
        }
        var kept = SiteCatalogue(parks: keep(parks), centres: keep(centres), housing: keep(housing))
        kept.origins = origins
        return kept
    }
}
