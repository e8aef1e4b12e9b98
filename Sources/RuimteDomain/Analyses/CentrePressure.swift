import RuimteGeometry

/// The space-pressure metrics of one shopping centre (SC-1 and SC-3 in
/// notebooks-md/metrics.md).
public struct CentrePressure: Sendable {
    /// The centre.
    public var centre: SiteRef
    /// SC-1: planned dwellings within each radius (metres, hemelsbreed from the outline),
    /// apportioned by the share of each housing site's area inside the catchment (low, high).
    public var plannedDwellingsWithin: [(radius: Double, dwellings: ClosedRange<Double>)]
    /// SC-1 at the outlines' accuracy: within each radius less the summed accuracy of centre and
    /// housing (at least 0, the low count) to the radius plus it (the high count).
    public var plannedDwellingsBand: [(radius: Double, dwellings: ClosedRange<Double>)] = []
    /// SC-3: share of the catchment (``PressureParameters/catchmentOverlapRadius``) shared
    /// with other centres' catchments, 0-1.
    public var catchmentOverlapShare: Double
    /// SC-3 at the outlines' accuracy: the share with every other catchment shrunk (low) to
    /// grown (high) by the summed accuracy of the two centres, 0-1.
    public var catchmentOverlapBand: ClosedRange<Double> = 0...0
    /// SC-3: the nearest other centre, nil when there is none.
    public var nearestCentre: SiteRef?
    /// SC-3: edge distance to the nearest other centre, metres.
    public var nearestCentreDistance: Double?
}

extension SpatialAnalysis {
    /// SC-1 and SC-3 for every centre, sorted by id, with the catchment radii of `parameters`.
    public func centrePressure(parameters: PressureParameters = .standard) throws -> [CentrePressure] {
        try remembered(["centrePressure", parameters] as [AnyHashable]) {
            let centres = natives(.centres)
            let catchments = try centres.map {
                try $0.buffer(parameters.catchmentOverlapRadius, quadrantSegments: quadrantSegments)
            }
            let nearest = try self.nearest(from: .centres, to: .centres)
            return try catalogue.records(.centres).enumerated().map { i, record in
                let within = try parameters.catchmentRadii.map { r in
                    let catchment = try centres[i].buffer(r, quadrantSegments: quadrantSegments)
                    return (radius: r, dwellings: try apportionedDwellings { _ in catchment })
                }
                let band = try parameters.catchmentRadii.map { r in
                    let low = try apportionedDwellings { site in
                        try centres[i].buffer(
                            max(0, r - record.accuracy - site.accuracy), quadrantSegments: quadrantSegments)
                    }.lowerBound
                    let high = try apportionedDwellings { site in
                        try centres[i].buffer(r + record.accuracy + site.accuracy, quadrantSegments: quadrantSegments)
                    }.upperBound
                    return (radius: r, dwellings: low...max(low, high))
                }
                let near = nearest.first { $0.from.id == record.id }
                return CentrePressure(
                    centre: SiteRef(record), plannedDwellingsWithin: within, plannedDwellingsBand: band,
                    catchmentOverlapShare: try catchmentOverlapShare(i, catchments: catchments),
                    catchmentOverlapBand: try catchmentOverlapBand(i, centres: centres, parameters: parameters),
                    nearestCentre: near?.to, nearestCentreDistance: near?.edge)
            }
        }
    }

    /// Every centre's catchment at each radius (hemelsbreed buffers of the outline), for maps
    /// and exports; the metrics use the same buffers.
    public func catchments(parameters: PressureParameters = .standard) throws -> [(
        centre: SiteRef, radius: Double, area: Geometry<XY>
    )] {
        try catalogue.records(.centres).enumerated().flatMap { i, record in
            try parameters.catchmentRadii.map { r in
                (SiteRef(record), r, try natives(.centres)[i].buffer(r, quadrantSegments: quadrantSegments).value())
            }
        }
    }

    /// SC-3: the share (0-1) of centre `i`'s catchment inside the union of the others'.
    func catchmentOverlapShare(_ i: Int, catchments: [NativeGeometry]) throws -> Double {
        try overlapShare(catchments[i], others: catchments.indices.filter { $0 != i }.map { catchments[$0] })
    }

    /// SC-3's band: centre `i`'s own catchment against the others' at the radius less (low) and
    /// plus (high) the two centres' summed accuracy, which moves each pair by as much as their
    /// relative position is uncertain; the measured share always inside.
    func catchmentOverlapBand(_ i: Int, centres: [NativeGeometry], parameters: PressureParameters) throws
        -> ClosedRange<Double>
    {
        let records = catalogue.records(.centres)
        let r = parameters.catchmentOverlapRadius
        let own = try centres[i].buffer(r, quadrantSegments: quadrantSegments)
        func share(_ sign: Double) throws -> Double {
            let others = try centres.indices.filter { $0 != i }.compactMap { j -> NativeGeometry? in
                let radius = r + sign * (records[i].accuracy + records[j].accuracy)
                return radius > 0 ? try centres[j].buffer(radius, quadrantSegments: quadrantSegments) : nil
            }
            return try overlapShare(own, others: others)
        }
        let measured = try share(0)
        return min(try share(-1), measured)...max(try share(1), measured)
    }

    /// The share (0-1) of `area` inside the union of `others`, 0 without others.
    private func overlapShare(_ area: NativeGeometry, others: [NativeGeometry]) throws -> Double {
        guard let first = others.first else { return 0 }
        let union = try others.dropFirst().reduce(first) { try $0.union($1) }
        return try area.intersection(union).area() / area.area()
    }
}
