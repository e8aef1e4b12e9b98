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
    /// Floor area inside the park: Σ area(footprint ∩ park) × floors, m².
    public var floorArea: Double

    /// Ground space index GSI = footprint / area (0-1).
    public var gsi: Double { area > 0 ? footprint / area : 0 }
    /// Floor space index FSI = floor area / area.
    public var fsi: Double { area > 0 ? floorArea / area : 0 }
}

extension SiteCatalogue {
    /// GSI/FSI for every business park from a buildings layer (e.g. BAG panden), in park order.
    public func spacematrix(_ buildings: BuildingLayer, threads: Int = 1) throws -> [Spacematrix] {
        let sums = try StreamingJoin.overlayAreas(polygons: parks.map(\.geometry), features: buildings.footprints,
                                                  weights: buildings.floors.map(Double.init), threads: threads)
        return zip(parks, sums).map {
            Spacematrix(park: SiteRef($0.record), area: $1.area, footprint: $1.covered, floorArea: $1.weightedCovered)
        }
    }
}
