import Foundation
import RuimteGeometry

/// The two large-layer computations: building coverage per zone (GSI/FSI) and dwelling
/// counts near zones, fast enough for a province's BAG.
///
/// What makes them fast (all measured in notebooks-md/performance.md):
/// - each zone is prepared once, and candidates come from an STRtree over the buildings or
///   dwellings (GEOS), so only nearby features are tested;
/// - a building the prepared zone *contains properly* counts with its own, precomputed area:
///   no intersection is computed for the large majority of buildings that lie wholly inside;
/// - the work is split over threads by zone, each thread with its own GEOS session holding
///   only the features near its zones, and results are merged in zone order, so the answer
///   does not depend on the number of threads.
public enum SpatialJoins {
    /// GSI/FSI inputs for every zone, in zone order.
    public static func intensity(zones: [Geometry<XY>], buildings: [Building], threads: Int = 1) throws -> [ZoneIntensity] {
        try parallel(zones: zones, threads: threads) { geos, group in
            let envelope = group.compactMap { zones[$0].envelope }.reduce(nil as Envelope?) { $0?.union($1) ?? $1 }
            guard let envelope else { return group.map { _ in ZoneIntensity(area: 0, footprint: 0, floorArea: 0) } }
            // Only the buildings that can touch this group's zones enter this session.
            let nearby = buildings.indices.filter { buildings[$0].footprint.envelope?.intersects(envelope) ?? false }
            let natives = try nearby.map { try geos.native(buildings[$0].footprint) }
            let areas = try natives.map { try $0.area() }
            let index = try SpatialIndex(natives, in: geos)
            return try group.map { z in
                let zone = try geos.native(zones[z])
                let prepared = try PreparedGeometry(zone)
                var footprint = 0.0, floorArea = 0.0
                for i in try index.query(zone) {
                    let covered: Double
                    if try prepared.containsProperly(natives[i]) {
                        covered = areas[i]
                    } else if try prepared.intersects(natives[i]) {
                        covered = try zone.intersection(natives[i]).area()
                    } else {
                        continue
                    }
                    footprint += covered
                    floorArea += covered * Double(buildings[nearby[i]].floors)
                }
                return ZoneIntensity(area: try zone.area(), footprint: footprint, floorArea: floorArea)
            }
        }
    }

    /// The number of dwellings within `distance` metres (inclusive) of each zone, in zone order.
    public static func dwellingCounts(zones: [Geometry<XY>], dwellings: [XY], distance: Double, threads: Int = 1) throws -> [Int] {
        try parallel(zones: zones, threads: threads) { geos, group in
            let envelope = group.compactMap { zones[$0].envelope }.reduce(nil as Envelope?) { $0?.union($1) ?? $1 }?.expanded(by: distance)
            guard let envelope else { return group.map { _ in 0 } }
            let nearby = dwellings.filter { $0.x >= envelope.minX && $0.x <= envelope.maxX && $0.y >= envelope.minY && $0.y <= envelope.maxY }
            let natives = try nearby.map { try geos.native(.point(Point($0))) }
            let index = try SpatialIndex(natives, in: geos)
            // The index prepares each zone once and tests only the dwellings near it.
            return try group.map { try index.query(geos.native(zones[$0]), withinDistance: distance).count }
        }
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
