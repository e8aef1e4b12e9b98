import Foundation

/// Splits work over items `0..<n` into fixed chunks of ``chunkSize``, each taken by the next
/// free thread (one ``GEOSSession`` each), and adds the per-chunk sums up in chunk order: the
/// result is the same, to the last bit, for any number of threads. (Taking chunks as threads
/// come free, rather than dealing them round-robin, keeps both cores busy to the end when
/// some chunks cost more, e.g. where buildings cluster on zone edges.)
public enum ParallelChunks {
    /// Items per chunk of work.
    public static let chunkSize = 4096

    /// Visits items `0..<items` in chunks over `threads` threads and returns `sums` running
    /// totals (one per target, e.g. per zone). `makeVisitor` runs once on each thread with
    /// that thread's GEOS session and returns the visit for one chunk of items, which adds to
    /// the totals it is given. (A visit takes a whole chunk so that it can read shared arrays
    /// through unsafe views once per chunk: touching their reference counts per item from
    /// two cores at once halves the speed-up.)
    static func accumulate<Value: AdditiveArithmetic & Sendable>(
        items: Int, sums: Int, threads: Int,
        _ makeVisitor: @escaping @Sendable (GEOSSession) throws -> (Range<Int>, inout [Value]) throws -> Void
    ) throws -> [Value] {
        let chunks = (items + chunkSize - 1) / chunkSize
        let workers = max(1, min(threads, chunks))
        let results = ChunkResults<Value>(chunks: chunks, workers: workers)
        let queue = ChunkQueue(count: chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do {
                let geos = try GEOSSession()
                let visit = try makeVisitor(geos)
                var totals = [Value](repeating: .zero, count: sums)
                while let chunk = queue.next() {
                    try visit((chunk * chunkSize)..<min(items, (chunk + 1) * chunkSize), &totals)
                    var touched: [(target: Int, value: Value)] = []
                    for t in totals.indices where totals[t] != .zero {
                        touched.append((t, totals[t]))
                        totals[t] = .zero
                    }
                    results.set(chunk: chunk, touched)
                }
            } catch {
                results.fail(worker: worker, error)
                queue.stop()
            }
        }
        return try results.merged(sums: sums)
    }
}

/// Each chunk's sums (only the targets it touched), written once per chunk under a lock,
/// and added up in chunk order.
private final class ChunkResults<Value: AdditiveArithmetic & Sendable>: @unchecked Sendable {
    private var chunks: [[(target: Int, value: Value)]]
    private var failures: [(any Error)?]
    private let lock = NSLock()

    init(chunks: Int, workers: Int) {
        self.chunks = Array(repeating: [], count: chunks)
        self.failures = Array(repeating: nil, count: workers)
    }

    func set(chunk: Int, _ touched: [(target: Int, value: Value)]) { lock.withLock { chunks[chunk] = touched } }
    func fail(worker: Int, _ error: any Error) { lock.withLock { failures[worker] = error } }

    func merged(sums: Int) throws -> [Value] {
        try lock.withLock {
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            var totals = [Value](repeating: .zero, count: sums)
            for chunk in chunks {
                for (target, value) in chunk { totals[target] += value }
            }
            return totals
        }
    }
}
