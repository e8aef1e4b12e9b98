import Foundation

/// A file's bytes mapped read-only into memory (`mmap`), for reading a GeoJSON layer of
/// hundreds of megabytes without copying it to the heap.
///
/// The pages come from the page cache as they are read; a reader that is done with a byte
/// range gives its pages back with ``release(_:)``, so the file's bytes need never all be
/// resident at once (a 285 MB BAG export would otherwise be the largest item in memory).
/// The mapping is immutable and may be read from several threads; it is unmapped when the
/// last reference goes.
public final class MappedFile: @unchecked Sendable {
    /// The mapped bytes, valid while this object lives.
    public let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private let heap: UnsafeMutableBufferPointer<UInt8>?
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps `path`, which ``InputFile/check(_:expected:)`` found to be a non-empty regular
    /// file; `nil` when the system refuses the mapping (the caller then reads the file).
    public init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        base = address
        heap = nil
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// A copy of `data` on the heap (bytes held in memory, or a file that cannot be mapped);
    /// ``release(_:)`` does nothing for it.
    public init(copying data: Data) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, data.count))
        _ = copy.initialize(from: data)
        bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<data.count])
        heap = copy
        base = nil
    }

    /// Tells the system that the pages wholly inside `range` (byte offsets) are not needed
    /// any more: they leave this process's memory and are read again from the page cache if
    /// touched. Partial pages at either end stay, since a neighbouring range may be in use.
    public func release(_ range: Range<Int>) {
        guard let base else { return }
        let page = Self.pageSize
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(base + start, end - start, Int32(MADV_DONTNEED))
    }

    deinit {
        if let base { munmap(base, bytes.count) }
        heap?.deallocate()
    }
}
