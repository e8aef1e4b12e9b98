import RuimteGeometry

/// Existing dwellings within the richtafstand of one milieuzone (BP-2 for existing
/// dwellings, from a dwellings layer such as BAG verblijfsobjecten).
public struct ZoneDwellings: Sendable, Hashable {
    /// The park the zone belongs to.
    public var park: SiteRef
    /// The zone's id.
    public var zoneID: String
    /// The zone's milieucategorie (the heaviest its source allows, which sets the richtafstand).
    public var category: Milieucategorie
    /// The category as stated (`4.1-4.2` for a class).
    public var categoryText: String
    /// The richtafstand used, metres.
    public var richtafstand: Double
    /// Dwellings within the richtafstand of the zone's outline (inclusive).
    public var dwellings: Int
}

/// Existing dwellings within each catchment radius of one shopping centre.
public struct CatchmentDwellings: Sendable, Hashable {
    /// The centre.
    public var centre: SiteRef
    /// Dwellings within each radius (metres, hemelsbreed from the outline), in radius order.
    public var dwellings: [Int]
}

extension SiteCatalogue {
    /// For every milieuzone, in park and zone order: the dwellings within its richtafstand
    /// for `areaType`, counted in one threaded pass over `dwellings` (RD New points).
    public func dwellingsNearZones(
        _ dwellings: [XY], richtafstanden: Richtafstanden, areaType: AreaType,
        threads: Int = 1
    ) throws -> [ZoneDwellings] {
        let zones = parks.flatMap { park in park.zones.map { (park, $0) } }
        let distances = zones.map { richtafstanden.distance($0.1.category, areaType) }
        let counts = try StreamingJoin.pointCounts(
            polygons: zones.map(\.1.geometry), distances: distances,
            points: dwellings, threads: threads)
        return zones.indices.map { i in
            ZoneDwellings(
                park: SiteRef(zones[i].0.record), zoneID: zones[i].1.id, category: zones[i].1.category,
                categoryText: zones[i].1.categoryText,
                richtafstand: distances[i], dwellings: counts[i])
        }
    }

    /// For every shopping centre, in centre order: the dwellings within each of `radii`.
    public func dwellingsInCatchments(
        _ dwellings: [XY], radii: [Double] = PressureParameters.standard.catchmentRadii,
        threads: Int = 1
    ) throws -> [CatchmentDwellings] {
        let catchments = centres.flatMap { centre in radii.map { (centre.geometry, $0) } }
        let counts = try StreamingJoin.pointCounts(
            polygons: catchments.map(\.0), distances: catchments.map(\.1),
            points: dwellings, threads: threads)
        return centres.indices.map { c in
            CatchmentDwellings(
                centre: SiteRef(centres[c].record),
                dwellings: Array(counts[(c * radii.count)..<((c + 1) * radii.count)]))
        }
    }
}
