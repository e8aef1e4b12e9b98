import RuimteGeometry

/// A building footprint (BAG pand) with its number of floors, in RD New.
public struct Building: Sendable, Hashable {
    /// The footprint polygon, metres.
    public var footprint: Geometry<XY>
    /// Number of storeys above ground (bouwlagen); at least 1.
    public var floors: Int

    /// Creates a building.
    public init(footprint: Geometry<XY>, floors: Int) {
        self.footprint = footprint
        self.floors = floors
    }
}

/// Spacematrix intensity of one zone (Berghauser Pont & Haupt): how much of it is built
/// on (GSI) and how much floor area stands on it (FSI).
public struct ZoneIntensity: Sendable, Hashable {
    /// Area of the zone, m².
    public var area: Double
    /// Built-up area inside the zone: Σ area(footprint ∩ zone), m².
    public var footprint: Double
    /// Floor area inside the zone: Σ area(footprint ∩ zone) × floors, m².
    public var floorArea: Double

    /// Ground space index GSI = footprint / area (0-1).
    public var gsi: Double { area > 0 ? footprint / area : 0 }
    /// Floor space index FSI = floor area / area.
    public var fsi: Double { area > 0 ? floorArea / area : 0 }
}
