import RuimteGeometry

/// The space-pressure metrics of one shopping centre (SC-1 and SC-3 in
/// notebooks-md/metrics.md).
public struct CentrePressure: Sendable {
    /// The centre.
    public var centre: SiteRef
    /// SC-1: planned dwellings within each radius (metres, hemelsbreed from the outline),
    /// apportioned by the share of each housing site's area inside the catchment (low, high).
    public var plannedDwellingsWithin: [(radius: Double, dwellings: ClosedRange<Double>)]
    /// SC-3: share of the 500 m catchment shared with other centres' 500 m catchments, 0-1.
    public var catchmentOverlapShare: Double
    /// SC-3: the nearest other centre, nil when there is none.
    public var nearestCentre: SiteRef?
    /// SC-3: edge distance to the nearest other centre, metres.
    public var nearestCentreDistance: Double?
}

extension SpatialAnalysis {
    /// SC-1 and SC-3 for every centre, sorted by id.
    /// - Parameter radii: catchment radii in metres (Leiden woonservicezone 300/500 m, CROW 1000 m).
    public func centrePressure(radii: [Double] = [300, 500, 1000], overlapRadius: Double = 500) throws -> [CentrePressure] {
        let centres = natives(.centres), housing = natives(.housing)
        let housingAreas = try housing.map { try $0.area() }
        let catchments = try centres.map { try $0.buffer(overlapRadius, quadrantSegments: quadrantSegments) }
        let nearest = try self.nearest(from: .centres, to: .centres)
        var result: [CentrePressure] = []
        for (i, record) in catalogue.records(.centres).enumerated() {
            var within: [(Double, ClosedRange<Double>)] = []
            for r in radii {
                let catchment = try centres[i].buffer(r, quadrantSegments: quadrantSegments)
                var low = 0.0, high = 0.0
                for (j, site) in catalogue.housing.enumerated() {
                    guard let planned = site.plannedDwellings else { continue }
                    let share = try housing[j].intersection(catchment).area() / housingAreas[j]
                    low += share * Double(planned.lowerBound)
                    high += share * Double(planned.upperBound)
                }
                within.append((r, low...high))
            }
            var others: NativeGeometry?
            for (j, c) in catchments.enumerated() where j != i {
                others = try others.map { try $0.union(c) } ?? c
            }
            let overlap = try others.map { try catchments[i].intersection($0).area() / catchments[i].area() } ?? 0
            let near = nearest.first { $0.from.id == record.id }
            result.append(CentrePressure(centre: SiteRef(record), plannedDwellingsWithin: within, catchmentOverlapShare: overlap,
                                         nearestCentre: near?.to, nearestCentreDistance: near?.edge))
        }
        return result
    }
}
