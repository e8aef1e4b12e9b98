/// A woningbouwlocatie: a location where the city plans new dwellings.
public struct HousingSite: Site, Hashable {
    public var record: SiteRecord
    /// Planned dwellings as sources state them, as a range (minimum ... maximum);
    /// nil when no source gives a number.
    public var plannedDwellings: ClosedRange<Int>?
    /// Area stated by a source, in hectares.
    public var statedHectares: Double?
    /// The omgevingstype for milieuzonering, when a source classifies the location;
    /// analyses otherwise use the type the planner chooses.
    public var areaType: AreaType?
    /// Year of the source of the figures.
    public var figuresYear: Int?

    /// Creates a housing site.
    public init(
        record: SiteRecord, plannedDwellings: ClosedRange<Int>? = nil, statedHectares: Double? = nil,
        areaType: AreaType? = nil, figuresYear: Int? = nil
    ) {
        self.record = record
        self.plannedDwellings = plannedDwellings
        self.statedHectares = statedHectares
        self.areaType = areaType
        self.figuresYear = figuresYear
    }
}
