import RuimteGeometry

/// Two sites whose outlines share area.
public struct Overlap: Sendable {
    /// The first site (from the `from` layer).
    public var a: SiteRef
    /// The second site (from the `to` layer).
    public var b: SiteRef
    /// Area shared, m².
    public var area: Double
    /// Shared area as a share of site a's area, 0-1.
    public var shareOfA: Double
    /// Shared area as a share of site b's area, 0-1.
    public var shareOfB: Double
    /// Summed positional accuracy of the two outlines, metres; a shared strip narrower than
    /// this may not exist on the ground.
    public var combinedAccuracy: Double
    /// The shared area, RD New.
    public var geometry: Geometry<XY>

    /// Shared area in hectares.
    public var hectares: Double { area / 10_000 }
}

extension SpatialAnalysis {
    /// Every pair of sites from `from` and `to` with a positive shared area, sorted by ids.
    /// Within one layer each pair appears once. Candidates come from the STRtree; the
    /// predicate runs on the prepared outline.
    public func overlaps(from: SiteLayer, to: SiteLayer) throws -> [Overlap] {
        let aRecords = catalogue.records(from), bRecords = catalogue.records(to)
        let aNatives = natives(from), bNatives = natives(to)
        let index = try index(to)
        var result: [Overlap] = []
        for (i, a) in aNatives.enumerated() {
            let areaA = try a.area()
            for j in try index.query(a, predicate: .intersects) {
                if from == to && j <= i { continue }
                let shared = try a.intersection(bNatives[j])
                let area = try SliverRule.area(shared)
                guard area > 0 else { continue }
                let areaB = try bNatives[j].area()
                result.append(
                    Overlap(
                        a: SiteRef(aRecords[i]), b: SiteRef(bRecords[j]), area: area,
                        shareOfA: area / areaA, shareOfB: area / areaB,
                        combinedAccuracy: aRecords[i].accuracy + bRecords[j].accuracy,
                        geometry: try shared.value()))
            }
        }
        return result.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
