import Foundation
import RuimteGeometry

/// The two large-layer computations: building coverage per zone (GSI/FSI) and dwelling
/// counts near zones, fast enough for a province's BAG.
///
/// What makes them fast (all measured in notebooks-md/performance.md):
/// - each zone is prepared once, and candidates come from an STRtree over the buildings or
///   dwellings (GEOS), so only nearby features are tested;
/// - a building the prepared zone *contains properly* counts with its own area:
///   no intersection is computed for the large majority of buildings that lie wholly inside;
/// - the work is split over threads by zone, each thread with its own GEOS session holding
///   only the features near its zones, and results are merged in zone order, so the answer
///   does not depend on the number of threads.
public enum SpatialJoins {
    /// GSI/FSI inputs for every zone, in zone order.
    public static func intensity(zones: [Geometry<XY>], buildings: [Building], threads: Int = 1) throws -> [ZoneIntensity] {
        try intensity(zones: zones, footprints: NativeLayer(buildings.map(\.footprint)), floors: buildings.map(\.floors), threads: threads)
    }

    /// GSI/FSI inputs for every zone, for footprints already in GEOS (e.g. read from WKB)
    /// with `floors[i]` storeys for footprint `i`.
    public static func intensity(zones: [Geometry<XY>], footprints: NativeLayer, floors: [Int], threads: Int = 1) throws -> [ZoneIntensity] {
        let envelopes = footprints.envelopes
        return try parallel(zones: zones, threads: threads) { geos, group in
            let nearby: [Int]
            if threads == 1 {
                nearby = Array(0..<footprints.count)
            } else {
                // Only the footprints that can touch this group's zones are indexed here.
                let bounds = self.bounds(of: group, in: zones)
                nearby = envelopes.indices.filter { i in bounds.map { envelopes[i]?.intersects($0) ?? false } ?? false }
            }
            let natives = nearby.map { footprints.borrow($0, in: geos) }
            let index = try SpatialIndex(natives, in: geos)
            return try group.map { z in
                let zone = try geos.native(zones[z])
                let prepared = try PreparedGeometry(zone)
                var footprint = 0.0, floorArea = 0.0
                for i in try index.query(zone) {
                    let covered: Double
                    if try prepared.containsProperly(natives[i]) {
                        covered = try natives[i].area() // the whole footprint: no intersection needed
                    } else if try prepared.intersects(natives[i]) {
                        covered = try zone.intersection(natives[i]).area()
                    } else {
                        continue
                    }
                    footprint += covered
                    floorArea += covered * Double(floors[nearby[i]])
                }
                return ZoneIntensity(area: try zone.area(), footprint: footprint, floorArea: floorArea)
            }
        }
    }

    /// The number of dwellings within `distance` metres (inclusive) of each zone, in zone order.
    public static func dwellingCounts(zones: [Geometry<XY>], dwellings: [XY], distance: Double, threads: Int = 1) throws -> [Int] {
        try dwellingCounts(zones: zones, positions: dwellings, points: NativeLayer(dwellings.map { .point(Point($0)) }),
                           distance: distance, threads: threads)
    }

    /// The same for dwellings already in GEOS: `points[i]` is the point at `positions[i]`.
    public static func dwellingCounts(zones: [Geometry<XY>], positions: [XY], points: NativeLayer, distance: Double,
                                      threads: Int = 1) throws -> [Int] {
        try parallel(zones: zones, threads: threads) { geos, group in
            let bounds = self.bounds(of: group, in: zones)?.expanded(by: distance)
            guard let bounds else { return group.map { _ in 0 } }
            let nearby = threads == 1 ? Array(positions.indices) : positions.indices.filter {
                let p = positions[$0]
                return p.x >= bounds.minX && p.x <= bounds.maxX && p.y >= bounds.minY && p.y <= bounds.maxY
            }
            // The smaller side gets the tree: the zones' envelopes grown by the distance. Each
            // dwelling then meets only the one or two zones whose box it falls in, and the
            // prepared zone decides.
            let zoneNatives = try group.map { try geos.native(zones[$0]) }
            let prepared = try zoneNatives.map { try PreparedGeometry($0) }
            let boxes = try group.map { z -> NativeGeometry in
                let box = zones[z].envelope?.expanded(by: distance) ?? Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)
                return try geos.native(.polygon(box.polygon))
            }
            let index = try SpatialIndex(boxes, in: geos)
            var counts = [Int](repeating: 0, count: group.count)
            for i in nearby {
                let point = points.borrow(i, in: geos)
                for z in try index.query(point) where try prepared[z].distanceWithin(point, distance) {
                    counts[z] += 1
                }
            }
            return counts
        }
    }

    /// The bounding box of the zones in `group`, nil when they are all empty.
    static func bounds(of group: [Int], in zones: [Geometry<XY>]) -> Envelope? {
        group.compactMap { zones[$0].envelope }.reduce(nil as Envelope?) { $0?.union($1) ?? $1 }
    }

    /// Runs `work` on groups of zone indices, one GEOS session per thread, and returns the
    /// results in zone order. Zones are grouped by position (sorted along x) so that each
    /// thread needs only the features near its own zones.
    static func parallel<T: Sendable>(zones: [Geometry<XY>], threads: Int,
                                      _ work: @escaping @Sendable (GEOSSession, [Int]) throws -> [T]) throws -> [T] {
        let order = zones.indices.sorted { (zones[$0].envelope?.minX ?? 0, $0) < (zones[$1].envelope?.minX ?? 0, $1) }
        let count = max(1, min(threads, zones.count))
        let size = (order.count + count - 1) / max(count, 1)
        let groups = (0..<count).map { Array(order[min($0 * size, order.count)..<min(($0 + 1) * size, order.count)]) }
        let results = ResultBox<T>(groups: groups.count)
        DispatchQueue.concurrentPerform(iterations: groups.count) { g in
            do {
                let geos = try GEOSSession()
                results.set(g, .success(try work(geos, groups[g])))
            } catch {
                results.set(g, .failure(error))
            }
        }
        var merged = [T?](repeating: nil, count: zones.count)
        for (g, group) in groups.enumerated() {
            let values = try results.get(g)
            for (z, value) in zip(group, values) { merged[z] = value }
        }
        return merged.compactMap { $0 }
    }
}

/// Per-thread results, written once per slot under a lock.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<[T], any Error>?]
    private let lock = NSLock()
    init(groups: Int) { slots = Array(repeating: nil, count: groups) }
    func set(_ i: Int, _ value: Result<[T], any Error>) { lock.withLock { slots[i] = value } }
    func get(_ i: Int) throws -> [T] {
        guard let slot = lock.withLock({ slots[i] }) else { return [] }
        return try slot.get()
    }
}
