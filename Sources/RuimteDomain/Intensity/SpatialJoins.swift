import Foundation
import RuimteGeometry

/// The two large-layer computations: building coverage per zone (GSI/FSI) and dwelling
/// counts near zones, fast and lean enough for a province's BAG.
///
/// How (each step measured in notebooks-md/performance.md):
/// - the large layer streams past the small one: the zones (parks, a few thousand at most)
///   are prepared once per thread, and buildings or dwellings are visited one at a time from
///   their packed positions, so GEOS never holds more than one of them per thread;
/// - an ``EnvelopeGrid`` over the zones' boxes skips every feature whose box meets no zone
///   before any GEOS geometry is made for it;
/// - a building the prepared zone *contains properly* counts with its own area: no
///   intersection is computed for the large majority that lie wholly inside;
/// - features are split into fixed chunks of ``chunkSize``, dealt round-robin to the threads,
///   each thread with its own GEOS session; per-chunk sums are added up in chunk order, so
///   the answer is the same, to the last bit, for any number of threads.
public enum SpatialJoins {
    /// Features per chunk of work.
    public static let chunkSize = 4096

    /// GSI/FSI inputs for every zone, in zone order.
    public static func intensity(zones: [Geometry<XY>], buildings: BuildingLayer, threads: Int = 1) throws -> [ZoneIntensity] {
        let geos = try GEOSSession()
        let areas = try zones.map { try geos.native($0).area() }
        let footprints = buildings.footprints, floors = buildings.floors
        let sums: [Coverage] = try accumulate(features: buildings.count, zones: zones.count, threads: threads) { geos in
            // Each thread builds its own grid: arrays shared between threads cost reference-count
            // traffic on every read that is not through an unsafe view.
            let grid = EnvelopeGrid(zones.map(\.envelope))
            let natives = try zones.map { try geos.native($0) }
            let prepared = try natives.map { try PreparedGeometry($0) }
            var candidates: [Int] = []
            return { chunk, sums in
                try footprints.withUnsafeView { view in
                    try floors.withUnsafeBufferPointer { floors in
                        for i in chunk {
                            guard let box = view.envelope(of: i) else { continue }
                            grid.candidates(for: box, into: &candidates)
                            if candidates.isEmpty { continue }
                            let footprint = try geos.native(view, at: i)
                            var ownArea: Double?
                            for z in candidates {
                                let covered: Double
                                if try prepared[z].containsProperly(footprint) {
                                    // The whole footprint: no intersection needed.
                                    covered = try ownArea ?? footprint.area()
                                    ownArea = covered
                                } else if try prepared[z].intersects(footprint) {
                                    covered = try natives[z].intersection(footprint).area()
                                } else {
                                    continue
                                }
                                sums[z] += Coverage(footprint: covered, floorArea: covered * Double(floors[i]))
                            }
                        }
                    }
                }
            }
        }
        return zip(areas, sums).map { ZoneIntensity(area: $0, footprint: $1.footprint, floorArea: $1.floorArea) }
    }

    /// The number of dwellings within `distance` metres (inclusive) of each zone, in zone order.
    public static func dwellingCounts(zones: [Geometry<XY>], dwellings: [XY], distance: Double, threads: Int = 1) throws -> [Int] {
        try dwellingCounts(zones: zones, distances: zones.map { _ in distance }, dwellings: dwellings, threads: threads)
    }

    /// The number of dwellings within `distances[z]` metres (inclusive) of zone `z`, in zone
    /// order: e.g. each milieuzone with its own richtafstand, in one pass over the dwellings.
    public static func dwellingCounts(zones: [Geometry<XY>], distances: [Double], dwellings: [XY], threads: Int = 1) throws -> [Int] {
        precondition(distances.count == zones.count, "one distance per zone")
        return try accumulate(features: dwellings.count, zones: zones.count, threads: threads) { geos in
            let grid = EnvelopeGrid(zip(zones, distances).map { $0.envelope?.expanded(by: $1) })
            let distances = distances.map { $0 } // this thread's own copy, for the same reason
            let prepared = try zones.map { try PreparedGeometry(geos.native($0)) }
            var candidates: [Int] = []
            return { chunk, counts in
                try dwellings.withUnsafeBufferPointer { dwellings in
                    for i in chunk {
                        let p = dwellings[i]
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

    /// Visits features `0..<features` in chunks over `threads` threads and returns, per zone,
    /// the sum of what the visits added. `makeVisitor` runs once on each thread with that
    /// thread's GEOS session and returns the visit for one chunk of features, which adds to
    /// the running per-zone sums it is given. (A visit takes a whole chunk so that it can
    /// read the shared arrays through unsafe views once per chunk: touching their reference
    /// counts per feature from two cores at once halves the speed-up.)
    static func accumulate<Value: AdditiveArithmetic & Sendable>(
        features: Int, zones: Int, threads: Int,
        _ makeVisitor: @escaping @Sendable (GEOSSession) throws -> (Range<Int>, inout [Value]) throws -> Void
    ) throws -> [Value] {
        let chunks = (features + chunkSize - 1) / chunkSize
        let workers = max(1, min(threads, chunks))
        let results = ChunkResults<Value>(chunks: chunks, workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do {
                let geos = try GEOSSession()
                let visit = try makeVisitor(geos)
                var sums = [Value](repeating: .zero, count: zones)
                for chunk in stride(from: worker, to: chunks, by: workers) {
                    try visit((chunk * chunkSize)..<min(features, (chunk + 1) * chunkSize), &sums)
                    var touched: [(zone: Int, value: Value)] = []
                    for z in sums.indices where sums[z] != .zero {
                        touched.append((z, sums[z]))
                        sums[z] = .zero
                    }
                    results.set(chunk: chunk, touched)
                }
            } catch {
                results.fail(worker: worker, error)
            }
        }
        return try results.merged(zones: zones)
    }
}

/// Built-up and floor area added up for one zone, m².
struct Coverage: AdditiveArithmetic, Sendable {
    var footprint: Double
    var floorArea: Double
    static let zero = Coverage(footprint: 0, floorArea: 0)
    static func + (a: Coverage, b: Coverage) -> Coverage { Coverage(footprint: a.footprint + b.footprint, floorArea: a.floorArea + b.floorArea) }
    static func - (a: Coverage, b: Coverage) -> Coverage { Coverage(footprint: a.footprint - b.footprint, floorArea: a.floorArea - b.floorArea) }
}

/// Each chunk's per-zone sums (only the zones it touched), written once per chunk under a
/// lock, and added up in chunk order.
private final class ChunkResults<Value: AdditiveArithmetic & Sendable>: @unchecked Sendable {
    private var chunks: [[(zone: Int, value: Value)]]
    private var failures: [(any Error)?]
    private let lock = NSLock()

    init(chunks: Int, workers: Int) {
        self.chunks = Array(repeating: [], count: chunks)
        self.failures = Array(repeating: nil, count: workers)
    }

    func set(chunk: Int, _ touched: [(zone: Int, value: Value)]) { lock.withLock { chunks[chunk] = touched } }
    func fail(worker: Int, _ error: any Error) { lock.withLock { failures[worker] = error } }

    func merged(zones: Int) throws -> [Value] {
        try lock.withLock {
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            var totals = [Value](repeating: .zero, count: zones)
            for chunk in chunks {
                for (zone, value) in chunk { totals[zone] += value }
            }
            return totals
        }
    }
}
