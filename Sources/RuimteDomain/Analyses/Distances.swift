import RuimteGeometry

/// How far apart two sites are.
public struct SiteDistance: Sendable {
    /// The site measured from.
    public var from: SiteRef
    /// The site measured to.
    public var to: SiteRef
    /// Minimum edge-to-edge distance in metres; 0 when the outlines touch or overlap.
    public var edge: Double
    /// Distance between the centroids in metres.
    public var centroid: Double
    /// The closest pair of points (on `from`, on `to`), for drawing the segment on a map.
    public var nearestPoints: (XY, XY)
    /// Summed positional accuracy of the two outlines, metres.
    public var combinedAccuracy: Double
    /// With a `within` threshold: whether the pair is within it, honest about accuracy.
    public var within: WithinVerdict?
}

extension SpatialAnalysis {
    /// Distances for every pair across `from` and `to` (each unordered pair once within one
    /// layer), sorted by ids. With `within`, only pairs whose edge distance is at most
    /// `within` metres or undetermined at this accuracy are kept, each with its verdict.
    public func distances(from: SiteLayer, to: SiteLayer, within: Double? = nil) throws -> [SiteDistance] {
        let aRecords = catalogue.records(from), bRecords = catalogue.records(to)
        let aNatives = natives(from), bNatives = natives(to)
        let centroidsB = try bNatives.map { try $0.centroid() }
        var result: [SiteDistance] = []
        for (i, a) in aNatives.enumerated() {
            let centroidA = try a.centroid()
            for (j, b) in bNatives.enumerated() {
                if from == to && j <= i { continue }
                let accuracy = aRecords[i].accuracy + bRecords[j].accuracy
                let range = try DistanceRange(a, b, accuracy: accuracy)
                let edge = range.measured
                var verdict: WithinVerdict?
                if let within {
                    verdict = WithinVerdict(range, threshold: within)
                    if verdict == .beyond { continue }
                }
                result.append(
                    SiteDistance(
                        from: SiteRef(aRecords[i]), to: SiteRef(bRecords[j]), edge: edge,
                        centroid: try centroidA.distance(centroidsB[j]),
                        nearestPoints: try a.nearestPoints(b), combinedAccuracy: accuracy, within: verdict))
            }
        }
        return result.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// For each site of `from`, the nearest site of `to` (another site when the layers are
    /// the same), by edge distance; ties go to the lowest id. Sorted by the `from` id.
    public func nearest(from: SiteLayer, to: SiteLayer) throws -> [SiteDistance] {
        let aRecords = catalogue.records(from), bRecords = catalogue.records(to)
        let bNatives = natives(to), index = try self.index(to)
        return try natives(from).enumerated().compactMap { i, a in
            guard let best = try nearest(to: a, in: index, among: bNatives, excluding: from == to ? i : nil) else {
                return nil
            }
            let b = bNatives[best.index]
            return SiteDistance(
                from: SiteRef(aRecords[i]), to: SiteRef(bRecords[best.index]), edge: SliverRule.gap(best.distance),
                centroid: try a.centroid().distance(b.centroid()), nearestPoints: try a.nearestPoints(b),
                combinedAccuracy: aRecords[i].accuracy + bRecords[best.index].accuracy, within: nil)
        }
    }

    /// The geometry of `candidates` nearest to `a` through the STRtree, lowest index on ties,
    /// skipping `excluded` (the site itself when a layer is compared with itself).
    private func nearest(
        to a: NativeGeometry, in index: SpatialIndex, among candidates: [NativeGeometry],
        excluding excluded: Int?
    ) throws -> (index: Int, distance: Double)? {
        guard let excluded else { return try index.nearest(to: a) }
        // Any other site bounds the search; the tree returns every site within that distance.
        guard let other = candidates.indices.first(where: { $0 != excluded }) else { return nil }
        var best = (index: other, distance: try a.distance(candidates[other]))
        for j in try index.query(a, withinDistance: best.distance) where j != excluded {
            let d = try a.distance(candidates[j])
            if d < best.distance || (d == best.distance && j < best.index) { best = (j, d) }
        }
        return best
    }
}
