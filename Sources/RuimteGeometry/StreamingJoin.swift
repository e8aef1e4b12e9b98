/// Joins a large layer (a million polygons or points) to a small one (a few thousand
/// polygons), fast and lean enough for a province's building register.
///
/// How (each step measured in notebooks-md/performance.md):
/// - the large layer streams past the small one: the small layer's polygons are prepared
///   once per thread, and the large layer's features are visited one at a time from their
///   packed positions, so GEOS never holds more than one of them per thread;
/// - an ``EnvelopeGrid`` over the polygons' boxes skips every feature whose box meets no
///   polygon before any GEOS geometry is made for it;
/// - a feature a prepared polygon *contains properly* counts with its own area: no
///   intersection is computed for the large majority that lie wholly inside;
/// - the work is split by ``ParallelChunks``, so the answer is the same, to the last bit,
///   for any number of threads.
public enum StreamingJoin {
    /// For every polygon of `polygons`, in order: its area, the area of `features` inside
    /// it, Σ area(feature ∩ polygon), and that area weighted by `weights[feature]`.
    public static func overlayAreas(
        polygons: [Geometry<XY>], features: PackedPolygons, weights: [Double],
        threads: Int = 1
    ) throws -> [OverlayArea] {
        precondition(weights.count == features.count, "one weight per feature")
        let geos = try GEOSSession()
        let areas = try polygons.map { try geos.native($0).area() }
        let sums: [CoveredArea] = try ParallelChunks.accumulate(
            items: features.count, sums: polygons.count, threads: threads
        ) { geos in
            // Each thread builds its own grid: arrays shared between threads cost reference-count
            // traffic on every read that is not through an unsafe view.
            let grid = EnvelopeGrid(polygons.map(\.envelope))
            let natives = try polygons.map { try geos.native($0) }
            let prepared = try natives.map { try PreparedGeometry($0) }
            var candidates: [Int] = []
            return { chunk, sums in
                try features.withUnsafeView { view in
                    try weights.withUnsafeBufferPointer { weights in
                        for i in chunk {
                            guard let box = view.envelope(of: i) else { continue }
                            grid.candidates(for: box, into: &candidates)
                            if candidates.isEmpty { continue }
                            let feature = try geos.native(view, at: i)
                            var ownArea: Double?
                            for p in candidates {
                                let covered: Double
                                if try prepared[p].containsProperly(feature) {
                                    // The whole feature: no intersection needed.
                                    covered = try ownArea ?? feature.area()
                                    ownArea = covered
                                } else if try prepared[p].intersects(feature) {
                                    covered = try natives[p].intersection(feature).area()
                                } else {
                                    continue
                                }
                                sums[p] += CoveredArea(area: covered, weighted: covered * weights[i])
                            }
                        }
                    }
                }
            }
        }
        return zip(areas, sums).map { OverlayArea(area: $0, covered: $1.area, weightedCovered: $1.weighted) }
    }

    /// The number of `points` within `distances[p]` metres (inclusive) of polygon `p`, in
    /// polygon order: e.g. each zone with its own guide distance, in one pass over the points.
    public static func pointCounts(polygons: [Geometry<XY>], distances: [Double], points: [XY], threads: Int = 1) throws
        -> [Int]
    {
        precondition(distances.count == polygons.count, "one distance per polygon")
        return try ParallelChunks.accumulate(items: points.count, sums: polygons.count, threads: threads) { geos in
            let grid = EnvelopeGrid(zip(polygons, distances).map { $0.envelope?.expanded(by: $1) })
            let distances = distances.map { $0 }  // this thread's own copy, for the same reason
            let prepared = try polygons.map { try PreparedGeometry(geos.native($0)) }
            var candidates: [Int] = []
            return { chunk, counts in
                try points.withUnsafeBufferPointer { points in
                    for i in chunk {
                        let p = points[i]
                        grid.candidates(for: Envelope(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y), into: &candidates)
                        if candidates.isEmpty { continue }
                        let point = try geos.native(.point(Point(p)))
                        for z in candidates where try prepared[z].distanceWithin(point, distances[z]) {
                            counts[z] += 1
                        }
                    }
                }
            }
        }
    }
}

/// One polygon of an overlay: its own area and how much of a layer lies inside it, m².
public struct OverlayArea: Sendable, Hashable {
    /// Area of the polygon.
    public var area: Double
    /// Σ area(feature ∩ polygon) over the large layer's features.
    public var covered: Double
    /// Σ area(feature ∩ polygon) × weight(feature).
    public var weightedCovered: Double

    /// Creates a result.
    public init(area: Double, covered: Double, weightedCovered: Double) {
        self.area = area
        self.covered = covered
        self.weightedCovered = weightedCovered
    }
}

/// Covered and weighted area added up for one polygon, m².
struct CoveredArea: AdditiveArithmetic, Sendable {
    var area: Double
    var weighted: Double
    static let zero = CoveredArea(area: 0, weighted: 0)
    static func + (a: CoveredArea, b: CoveredArea) -> CoveredArea {
        CoveredArea(area: a.area + b.area, weighted: a.weighted + b.weighted)
    }
    static func - (a: CoveredArea, b: CoveredArea) -> CoveredArea {
        CoveredArea(area: a.area - b.area, weighted: a.weighted - b.weighted)
    }
}
