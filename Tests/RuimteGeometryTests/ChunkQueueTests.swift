import Foundation
import RuimteGeometry
import Testing

/// Every chunk goes to exactly one thread, in order; a stop hands out no more.
@Suite struct ChunkQueueTests {
    @Test func everyChunkOnceAcrossThreads() {
        let queue = ChunkQueue(count: 10_000)
        let taken = TakenChunks()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let chunk = queue.next() { taken.add(chunk) }
        }
        #expect(taken.sorted == Array(0..<10_000))
        #expect(queue.next() == nil && !queue.isStopped)
    }

    @Test func stopEndsTheHandingOut() {
        let queue = ChunkQueue(count: 5)
        #expect(queue.next() == 0 && queue.next() == 1)
        queue.stop()
        #expect(queue.isStopped && queue.next() == nil)
    }
}

/// The chunks the threads took, under a lock.
private final class TakenChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [Int] = []
    func add(_ chunk: Int) { lock.withLock { chunks.append(chunk) } }
    var sorted: [Int] { lock.withLock { chunks.sorted() } }
}
