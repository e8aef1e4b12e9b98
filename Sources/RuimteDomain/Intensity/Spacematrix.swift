import RuimteGeometry

/// Spacematrix intensity of one business park (Berghauser Pont & Haupt): how much of it is
/// built on (GSI) and how much floor area stands on it (FSI), on the bruto outline.
public struct Spacematrix: Sendable, Hashable {
    /// The park.
    public var park: SiteRef
    /// Area of the park's outline, m².
    public var area: Double
    /// Built-up area inside the park: Σ area(footprint ∩ park), m².
    public var footprint: Double
    /// Floor area inside the park: Σ area(footprint ∩ park) × floors, m²; nil when a
    /// building in the park has no known floors.
    public var floorArea: Double?

    /// Ground space index GSI = footprint / area (0-1).
    public var gsi: Double { area > 0 ? footprint / area : 0 }
    /// Floor space index FSI = floor area / area; nil when the floor area is unknown.
    public var fsi: Double? { floorArea.map { area > 0 ? $0 / area : 0 } }
}

extension SiteCatalogue {
    /// GSI/FSI for every business park from a buildings layer (e.g. BAG panden), in park order.
    /// A building without known floors weighs NaN, so the floor area of any park it stands in
    /// becomes unknown rather than too small.
    public func spacematrix(_ buildings: BuildingLayer, threads: Int = 1) throws -> [Spacematrix] {
        let sums = try StreamingJoin.overlayAreas(
            polygons: parks.map(\.geometry), features: buildings.footprints,
            weights: buildings.floors.map { $0 > 0 ? Double($0) : .nan }, threads: threads)
        return zip(parks, sums).map {
            Spacematrix(
                park: SiteRef($0.record), area: $1.area, footprint: $1.covered,
                floorArea: $1.weightedCovered.isNaN ? nil : $1.weightedCovered)
        }
    }
}
