import Foundation
import RuimteFormats
import RuimteGeometry

/// Loading a large layer on several threads: the source cuts its features into chunks
/// (``ChunkedFeatureSource``), each thread takes the next chunk as it finishes one and
/// parses and checks it with a checker of its own (its own GEOS session and PROJ
/// transformers), and the chunks' results are merged strictly in chunk order as they come
/// in. Ids are checked for duplicates at the merge, in file order. The result is therefore
/// the same for any number of threads.
///
/// The parallel path is for layers without problems. When a chunk finds any problem (a
/// malformed feature, a duplicate id, a bad geometry), the layer is read once more on the
/// sequential path, so that the messages and their order are exactly those of
/// ``LayerLoader/stream(_:shape:source:_:)``.
extension LayerLoader {
    /// Streams `path` through the shared checks into a total made by `makeTotal`: each
    /// chunk's checked features go to `body` with a fresh part (from `makePart`) and a log of
    /// the attributes read, and the parts are merged into the total in chunk order. Returns
    /// the total and the problems, as ``stream(_:shape:source:_:)`` does. The sequential path
    /// reads `sequentialSource` when one is given (a ``VoorkomenSelection`` over the file).
    mutating func streamInParts<Part>(
        _ path: String, shape: FeatureChecker.Shape, threads: Int,
        total makeTotal: () -> Part,
        part makePart: @escaping () -> Part,
        body: @escaping (inout Part, CheckedFeature, AttributeUse) -> [String],
        merge: @escaping (inout Part, Part) -> Void,
        sequentialSource: (any FeatureSource)? = nil
    ) throws(LayerError) -> (Part, [LoadProblem]) {
        let attributes = use(path)
        if threads > 0, let source = source(path) as? any ChunkedFeatureSource,
            let chunks = source.chunks(bytesPerChunk: bytesPerChunk, threads: threads)
        {
            if let fields = chunks.header.fields { attributes.fix(fields) }
            var total = makeTotal()
            if readInParallel(
                chunks, path: path, shape: shape, threads: threads, attributes: attributes,
                into: &total, part: makePart, body: body, merge: merge)
            {
                return (total, [])
            }
        }
        var total = makeTotal()
        let problems = try stream(path, shape: shape, source: sequentialSource) { body(&total, $0, attributes) }
        return (total, problems)
    }

    /// The parallel read; false when any chunk found a problem (`total` is then partial).
    private func readInParallel<Part>(
        _ chunks: FeatureChunks, path: String, shape: FeatureChecker.Shape, threads: Int, attributes: AttributeUse,
        into total: inout Part, part makePart: @escaping () -> Part,
        body: @escaping (inout Part, CheckedFeature, AttributeUse) -> [String],
        merge: @escaping (inout Part, Part) -> Void
    ) -> Bool {
        let workers = max(1, min(threads, chunks.count))
        let order = ChunksInOrder<Part>(count: chunks.count, features: chunks.features)
        let crs = crs
        let repairs = makeValid ? self.repairs : nil
        let fieldMap = fieldMap
        let job = PartJob(makePart: makePart, body: body, merge: merge)
        withUnsafeMutablePointer(to: &total) { totalPointer in
            let total = UncheckedSendable(totalPointer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Taken once per thread: reading them from the shared object per feature would
                // touch its reference count from both cores at once.
                let makePart = job.makePart, body = job.body, merge = job.merge
                guard let transformer = try? CoordinateTransformer<LonLat, XY>.wgs84ToRDNew() else {
                    return order.fail()
                }
                var checker = FeatureChecker(file: path, crs: crs, shape: shape, transformer: transformer)
                checker.repairs = repairs
                checker.fieldMap = fieldMap
                checker.header(chunks.header)
                let threadAttributes = attributes.forThread()
                defer { order.withLock { attributes.merge(threadAttributes) } }
                while let chunk = order.nextChunk() {
                    checker.deferredIDs = []
                    var part = makePart()
                    var clean = true
                    let read = chunks.read(chunk) { feature in
                        guard clean, let checked = checker.check(feature) else { return }
                        if !body(&part, checked, threadAttributes).isEmpty { clean = false }
                    }
                    guard read, clean, checker.problems.isEmpty else { return order.fail() }
                    order.deliver(chunk, part, ids: checker.deferredIDs ?? []) { merge(&total.value.pointee, $0) }
                }
            }
        }
        return !order.failed && order.merged == chunks.count
    }
}

/// The chunks' parts as the threads deliver them, merged strictly in chunk order under a
/// lock, with the ids checked for duplicates in file order.
private final class ChunksInOrder<Part>: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: (part: Part, ids: [UInt64])] = [:]
    private var ids: IDTable
    private(set) var merged = 0
    /// The chunks still to read; stopped once any chunk found a problem.
    private let queue: ChunkQueue

    /// Sized for `features` ids at once, so that the table never grows (and never holds its
    /// old and new slots together) while a million ids go in.
    init(count: Int, features: Int) {
        queue = ChunkQueue(count: count)
        ids = IDTable(capacity: features, indexed: false)
    }

    /// The next chunk to read, nil when all are handed out or a chunk found a problem: the
    /// threads take chunks as they finish, so a thread that is held up does not hold the others.
    func nextChunk() -> Int? { queue.next() }

    /// True once any chunk found a problem.
    var failed: Bool { queue.isStopped }

    func fail() { queue.stop() }

    /// Runs `body` under the lock.
    func withLock(_ body: () -> Void) { lock.withLock(body) }

    /// Hands in chunk `index`; every chunk that is next in order is merged at once.
    func deliver(_ index: Int, _ part: Part, ids chunkIDs: [UInt64], merge: (Part) -> Void) {
        lock.withLock {
            waiting[index] = (part, chunkIDs)
            while !queue.isStopped, let next = waiting.removeValue(forKey: merged) {
                for hash in next.ids where !ids.insert(hash) {
                    queue.stop()
                    return
                }
                merge(next.part)
                merged += 1
            }
        }
    }
}

/// What one ``LayerLoader/streamInParts`` call does with each chunk, shared by its threads.
private final class PartJob<Part>: @unchecked Sendable {
    let makePart: () -> Part
    let body: (inout Part, CheckedFeature, AttributeUse) -> [String]
    let merge: (inout Part, Part) -> Void

    init(
        makePart: @escaping () -> Part, body: @escaping (inout Part, CheckedFeature, AttributeUse) -> [String],
        merge: @escaping (inout Part, Part) -> Void
    ) {
        self.makePart = makePart
        self.body = body
        self.merge = merge
    }
}

/// A value handed to the threads of one ``LayerLoader/streamInParts`` call, which guards
/// every shared mutation with its lock.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
