/// A wijkwinkelcentrum: a neighbourhood shopping centre for daily goods.
public struct ShoppingCentre: Site, Hashable {
    public var record: SiteRecord
    /// Floor area in m² stated by a source; see ``floorAreaBasis`` for what it measures.
    public var floorArea: Double?
    /// What ``floorArea`` measures: wvo (sales floor), bvo (gross), or as the source says.
    public var floorAreaBasis: String?
    /// Number of shops stated by a source.
    public var shops: Int?
    /// Dwellings planned in or on the centre itself, stated by a source.
    public var plannedDwellings: Int?

    /// Creates a shopping centre.
    public init(
        record: SiteRecord, floorArea: Double? = nil, floorAreaBasis: String? = nil, shops: Int? = nil,
        plannedDwellings: Int? = nil
    ) {
        self.record = record
        self.floorArea = floorArea
        self.floorAreaBasis = floorAreaBasis
        self.shops = shops
        self.plannedDwellings = plannedDwellings
    }
}
