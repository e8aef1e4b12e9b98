import Foundation

/// Chunk indices `0..<count`, handed to threads as they come free, in order, until all are
/// handed out or the work is stopped (a thread failed). Shared by the threaded joins
/// (``ParallelChunks``) and the threaded loading of large layers.
public final class ChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var handedOut = 0
    private var stopped = false
    /// The number of chunks.
    public let count: Int

    /// A queue of `count` chunks.
    public init(count: Int) {
        self.count = count
    }

    /// The next chunk, nil when all are handed out or the work was stopped.
    public func next() -> Int? {
        lock.withLock {
            guard !stopped, handedOut < count else { return nil }
            handedOut += 1
            return handedOut - 1
        }
    }

    /// Hands out no more chunks.
    public func stop() { lock.withLock { stopped = true } }

    /// Whether ``stop()`` was called.
    public var isStopped: Bool { lock.withLock { stopped } }
}
