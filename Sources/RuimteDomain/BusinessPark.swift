import RuimteGeometry

/// A bedrijventerrein: an area zoned for business (handel, nijverheid, industrie), with
/// its milieuzones and the figures public sources state for it.
public struct BusinessPark: Site, Hashable {
    public var record: SiteRecord
    /// The parts of the park zoned for a milieucategorie. A park zoned as a whole has one
    /// zone equal to its outline; a park without a known category has none.
    public var zones: [MilieuZone]
    /// Area stated by a source, in hectares (not computed).
    public var statedHectares: Double?
    /// Number of firms (vestigingen) stated by a source.
    public var firms: Int?
    /// Number of jobs (werkzame personen) stated by a source.
    public var jobs: Int?
    /// Year of the source of the figures.
    public var figuresYear: Int?
    /// Whether the park is watergebonden (relevant to the Zuid-Holland compensation rule);
    /// nil when no source says.
    public var waterBound: Bool?
    /// IBIS area accounts, when the park was read from an IBIS export.
    public var ibis: IBISAccounts?
    /// How well public sources fix where the park lies; nil when the layer does not say.
    public var locationStatus: LocationStatus?

    /// Creates a business park.
    public init(
        record: SiteRecord, zones: [MilieuZone] = [], statedHectares: Double? = nil, firms: Int? = nil,
        jobs: Int? = nil, figuresYear: Int? = nil, waterBound: Bool? = nil, ibis: IBISAccounts? = nil,
        locationStatus: LocationStatus? = nil
    ) {
        self.record = record
        self.zones = zones
        self.statedHectares = statedHectares
        self.firms = firms
        self.jobs = jobs
        self.figuresYear = figuresYear
        self.waterBound = waterBound
        self.ibis = ibis
        self.locationStatus = locationStatus
    }

    /// The heaviest milieucategorie zoned anywhere in the park, or nil when unknown.
    public var maxCategory: Milieucategorie? { zones.map(\.category).max() }
    /// The heaviest zone's category as stated (`3.1-3.2` for an IBIS main class), nil when unknown.
    public var maxCategoryText: String? {
        zones.max { ($0.category, $0.lightestCategory) < ($1.category, $1.lightestCategory) }?.categoryText
    }
}

/// A part of a business park where firms up to one milieucategorie are allowed
/// (a bestemmingsvlak or functieaanduiding in the bestemmingsplan).
public struct MilieuZone: Sendable, Hashable {
    /// Stable slug, e.g. `"rooseveltstraat-oost"`.
    public var id: String
    /// The park this zone belongs to.
    public var parkID: String
    /// Human-readable name.
    public var name: String
    /// The heaviest category allowed in the zone. When the source states only a main class
    /// (IBIS: 3 for 3.1 or 3.2), the heaviest of the class; see ``lightestCategory``.
    public var category: Milieucategorie
    /// The lightest category the source's statement allows: equal to ``category`` for an
    /// exact statement, the lowest sub-category for an IBIS main class. Verdicts that differ
    /// between the two read "undetermined".
    public var lightestCategory: Milieucategorie
    /// The zone's outline in RD New metres.
    public var geometry: Geometry<XY>
    /// Positional accuracy of the outline in metres.
    public var accuracy: Double
    /// Sources of the outline and the category.
    public var sources: [String: String]

    /// Creates a zone.
    public init(
        id: String, parkID: String, name: String, category: Milieucategorie, lightestCategory: Milieucategorie? = nil,
        geometry: Geometry<XY>, accuracy: Double, sources: [String: String] = [:]
    ) {
        self.id = id
        self.parkID = parkID
        self.name = name
        self.category = category
        self.lightestCategory = min(lightestCategory ?? category, category)
        self.geometry = geometry
        self.accuracy = accuracy
        self.sources = sources
    }
}

extension MilieuZone {
    /// A zone with the outline, id, name and accuracy of `record` (a park zoned as a whole, a
    /// site joining a park), belonging to park `parkID`, for a category or a class range.
    public init(
        covering record: SiteRecord, park parkID: String, categories: ClosedRange<Milieucategorie>,
        sources: [String: String]
    ) {
        self.init(
            id: record.id, parkID: parkID, name: record.name, category: categories.upperBound,
            lightestCategory: categories.lowerBound, geometry: record.geometry, accuracy: record.accuracy,
            sources: sources)
    }

    /// The category as stated: `3.2`, or `3.1-3.2` for an IBIS main class.
    public var categoryText: String {
        lightestCategory == category ? category.rawValue : "\(lightestCategory.rawValue)-\(category.rawValue)"
    }
}

/// Area accounts of a business park in IBIS terms (hectares), as the province's IBIS
/// viewer computes them from kavels: bruto = all land, netto = issued or issuable plots.
public struct IBISAccounts: Sendable, Hashable {
    /// Bruto area in hectares (whole terrain including roads, green and water).
    public var brutoHectares: Double?
    /// Netto area in hectares (kavels uitgegeven, in optie or uitgeefbaar).
    public var nettoHectares: Double?
    /// Netto land available for immediate sale (terstond uitgeefbaar), hectares.
    public var terstondUitgeefbaarHectares: Double?

    /// Creates IBIS accounts.
    public init(brutoHectares: Double? = nil, nettoHectares: Double? = nil, terstondUitgeefbaarHectares: Double? = nil)
    {
        self.brutoHectares = brutoHectares
        self.nettoHectares = nettoHectares
        self.terstondUitgeefbaarHectares = terstondUitgeefbaarHectares
    }
}

/// How well public sources fix where a site lies (the `location_status` property).
public enum LocationStatus: String, Sendable, Hashable, CaseIterable {
    /// The location is known from public sources (to the stated accuracy).
    case resolved
    /// Public sources name the place and a geocode pins it, but not its extent.
    case identified
    /// No public source places the site; the outline is a placeholder.
    case unresolved

    /// The accepted values, for messages.
    static var validList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
