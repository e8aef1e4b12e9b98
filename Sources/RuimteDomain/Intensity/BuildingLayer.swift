import RuimteGeometry

/// Building footprints with their floors, packed for city and province scale (a BAG
/// export of a million panden): footprints in one ``PackedPolygons`` (16 bytes per position),
/// floors in one array. Coordinates in RD New metres.
public struct BuildingLayer: Sendable, Hashable {
    /// The footprints, feature `i` belonging to building `i`.
    public private(set) var footprints = PackedPolygons()
    /// Number of storeys (bouwlagen) of building `i`; 0 when unknown.
    public private(set) var floors: [Int] = []

    /// An empty layer.
    public init() {}

    /// A layer holding `buildings` in order.
    public init(_ buildings: [Building]) throws {
        for b in buildings { try append(b) }
    }

    /// The number of buildings.
    public var count: Int { floors.count }

    /// The number of buildings whose floors are unknown.
    public var withoutFloors: Int { floors.lazy.filter { $0 == 0 }.count }

    /// Reserves room for about `positions` footprint positions and `buildings` buildings.
    public mutating func reserveCapacity(positions: Int, buildings: Int) {
        footprints.reserveCapacity(positions: positions, features: buildings)
        floors.reserveCapacity(buildings)
    }

    /// Appends a building; its footprint must be a polygon or multi-polygon with closed,
    /// finite rings (see ``PackedPolygons/append(_:)``).
    public mutating func append(_ building: Building) throws {
        try footprints.append(building.footprint)
        floors.append(max(0, building.floors ?? 0))
    }

    /// Appends every building of `other`, in order.
    public mutating func append(contentsOf other: BuildingLayer) throws {
        try footprints.append(contentsOf: other.footprints)
        floors.append(contentsOf: other.floors)
    }

    /// Building `index` as a value.
    public subscript(index: Int) -> Building {
        Building(footprint: footprints[index], floors: floors[index] > 0 ? floors[index] : nil)
    }
}
