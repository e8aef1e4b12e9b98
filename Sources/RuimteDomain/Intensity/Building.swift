import RuimteGeometry

/// A building footprint (BAG pand) with its number of floors, in RD New.
public struct Building: Sendable, Hashable {
    /// The footprint polygon, metres.
    public var footprint: Geometry<XY>
    /// Number of storeys above ground (bouwlagen), at least 1; nil when the source states
    /// neither floors nor a height (the BAG itself has no floors).
    public var floors: Int?

    /// Creates a building.
    public init(footprint: Geometry<XY>, floors: Int?) {
        self.footprint = footprint
        self.floors = floors
    }
}
