import Foundation

/// A large JSON array cut into runs of whole elements, so that several threads can parse it
/// at once: the features of a GeoJSON FeatureCollection.
///
/// The cuts come from a quick structural scan (brackets and braces outside strings, commas
/// at the array's own level) that does not check the text: each chunk is parsed in full by
/// ``JSONParser`` afterwards, which finds every error the scan passed over.
struct JSONArrayChunks: Sendable {
    /// One run of elements: where its first element starts, its first element's index in the
    /// array and how many elements it holds.
    struct Chunk: Sendable {
        var start: Int
        var firstIndex: Int
        var count: Int
        /// Where the chunk's text ends (the separator after its last element).
        var end: Int
    }

    /// The chunks in array order; empty for an empty array.
    let chunks: [Chunk]
    /// How many pieces the scan ran in at once: 1 for a small array, or when a guessed seam
    /// between pieces proved not to be one.
    let pieces: Int

    /// Scans the array whose `[` is at the parser's offset and cuts it into chunks of about
    /// `bytesPerChunk` bytes; `parser` is left after the closing `]`, and `progress` hears of
    /// every stretch of text scanned (from several threads at once when `pieces` > 1). Nil when
    /// the brackets do not balance before the text ends (the full parse then names the problem).
    ///
    /// With `pieces` > 1 a large array is scanned in that many pieces at once (see
    /// ``scanInPieces(_:from:kind:bytesPerChunk:pieces:progress:)``); the elements and their
    /// indices are the same as for one piece, only where chunks end may differ.
    init?(
        scanning parser: inout JSONParser, bytesPerChunk: Int, pieces: Int = 1,
        progress: @escaping @Sendable (Range<Int>) -> Void = { _ in }
    ) {
        let start = parser.offset
        guard
            let (chunks, end, scanned) = Self.kind.withUnsafeBufferPointer({ kind in
                Self.scanInPieces(
                    parser.bytes, from: start, kind: kind, bytesPerChunk: bytesPerChunk, pieces: pieces,
                    progress: progress)
            })
        else { return nil }
        self.chunks = chunks
        self.pieces = scanned
        parser.offset = end
    }

    /// What one piece of the scan found: its chunks (element indices counted from the
    /// piece's first element), how many elements it holds and where its text ends.
    private struct Piece {
        var chunks: [Chunk]
        var elements: Int
        var end: Int
    }

    /// The chunks of the array whose `[` is at `start`, the offset after its `]` and the
    /// number of pieces scanned.
    ///
    /// The scan is cheap but serial, so on several threads it would be the one part of
    /// loading that only one core does. A large array is therefore cut at `pieces - 1` guessed
    /// element boundaries (a comma between `}` and `{`, the seam between two features), and
    /// the pieces are scanned at once, each assuming it starts at the array's own level,
    /// outside any string. Each piece but the last must then end exactly at the next guess,
    /// at the array's level and outside a string: that proves the guess was a real boundary,
    /// since the piece before it was scanned from a proven start. If any guess fails (a `},{`
    /// inside a string or a nested array), the array is scanned once more in one piece.
    private static func scanInPieces(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, kind: UnsafeBufferPointer<UInt8>,
        bytesPerChunk: Int, pieces: Int,
        progress: @escaping @Sendable (Range<Int>) -> Void
    ) -> ([Chunk], Int, Int)? {
        let count = bytes.count
        guard start < count, bytes[start] == UInt8(ascii: "[") else { return nil }
        let first = skipWhitespace(bytes, start + 1)
        guard first < count else { return nil }
        if bytes[first] == UInt8(ascii: "]") { return ([], first + 1, 1) }
        var seams: [Int] = []
        if pieces > 1, count - start >= pieces * bytesPerChunk {
            for k in 1..<pieces {
                let guess = start + (count - start) / pieces * k
                if let seam = featureSeam(bytes, after: max(guess, (seams.last ?? first) + 1)) { seams.append(seam) }
            }
        }
        let whole = {
            scanPiece(bytes, from: first, stop: nil, kind: kind, bytesPerChunk: bytesPerChunk, progress: progress).map {
                ($0.chunks, $0.end + 1, 1)
            }
        }
        guard !seams.isEmpty else { return whole() }
        let starts = [first] + seams.map { skipWhitespace(bytes, $0 + 1) }
        let stops: [Int?] = seams + [nil]
        let found = UnsafeMutableBufferPointer<Piece?>.allocate(capacity: starts.count)
        found.initialize(repeating: nil)
        defer { found.deinitialize().deallocate() }
        let results = UnsafeSendable(found), text = UnsafeSendable(bytes), table = UnsafeSendable(kind)
        DispatchQueue.concurrentPerform(iterations: starts.count) { k in
            results.value[k] = scanPiece(
                text.value, from: starts[k], stop: stops[k], kind: table.value, bytesPerChunk: bytesPerChunk,
                progress: progress)
        }
        var chunks: [Chunk] = [], elements = 0, end = first
        for piece in found {
            guard let piece else { return whole() }
            chunks += piece.chunks.map {
                Chunk(start: $0.start, firstIndex: $0.firstIndex + elements, count: $0.count, end: $0.end)
            }
            elements += piece.elements
            end = piece.end
        }
        return (chunks, end + 1, found.count)
    }

    /// The first comma at or after `offset` with only whitespace between it and a `}` before
    /// and a `{` after: most likely the seam between two features. Looks at most 1 MB ahead.
    private static func featureSeam(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int? {
        var i = offset
        let limit = min(bytes.count, offset + (1 << 20))
        while i < limit {
            if bytes[i] == UInt8(ascii: ",") {
                var before = i - 1, after = i + 1
                while before > 0, isWhitespace(bytes[before]) { before -= 1 }
                while after < limit, isWhitespace(bytes[after]) { after += 1 }
                if before >= 0, bytes[before] == UInt8(ascii: "}"), after < limit, bytes[after] == UInt8(ascii: "{") {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    /// Scans the elements from `from` at the array's own level. With a `stop`, the piece must
    /// reach that comma at the array's level and outside a string (nil otherwise); without
    /// one it runs to the array's closing bracket, whose offset becomes the piece's end (nil
    /// when the text ends first).
    private static func scanPiece(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, stop: Int?, kind: UnsafeBufferPointer<UInt8>,
        bytesPerChunk: Int, progress: (Range<Int>) -> Void
    ) -> Piece? {
        let end = stop ?? bytes.count
        var chunks: [Chunk] = []
        var i = from, depth = 1, index = 1, chunkStart = from, chunkFirst = 0, released = from
        while true {
            while i < end, kind[Int(bytes[i])] == 0 { i += 1 }
            guard i < end else {
                // Only the stop itself, reached outside any string at the array's level, ends a piece.
                guard let stop, i == stop, depth == 1 else { return nil }
                chunks.append(Chunk(start: chunkStart, firstIndex: chunkFirst, count: index - chunkFirst, end: stop))
                progress(released..<stop)
                return Piece(chunks: chunks, elements: index, end: stop)
            }
            switch kind[Int(bytes[i])] {
            case 1:  // a string: on to its closing quote, past escapes
                i += 1
                while i < end, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                if i >= end { return nil }
            case 2:
                depth += 1
            case 3:
                depth -= 1
                if depth == 0 {
                    guard stop == nil else { return nil }
                    chunks.append(Chunk(start: chunkStart, firstIndex: chunkFirst, count: index - chunkFirst, end: i))
                    progress(released..<i)
                    return Piece(chunks: chunks, elements: index, end: i)
                }
            default:  // a comma
                guard depth == 1 else { break }
                if i - chunkStart >= bytesPerChunk {
                    chunks.append(Chunk(start: chunkStart, firstIndex: chunkFirst, count: index - chunkFirst, end: i))
                    progress(released..<i)
                    released = i
                    chunkStart = skipWhitespace(bytes, i + 1)
                    chunkFirst = index
                }
                index += 1
            }
            i += 1
        }
    }

    private static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        while i < bytes.count, isWhitespace(bytes[i]) { i += 1 }
        return i
    }

    private static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// What each byte is to the scan: 0 nothing, 1 a quote, 2 an opening and 3 a closing
    /// bracket or brace, 4 a comma.
    private static let kind: [UInt8] = {
        var kind = [UInt8](repeating: 0, count: 256)
        kind[Int(UInt8(ascii: "\""))] = 1
        for b in "{[".utf8 { kind[Int(b)] = 2 }
        for b in "}]".utf8 { kind[Int(b)] = 3 }
        kind[Int(UInt8(ascii: ","))] = 4
        return kind
    }()
}

/// Read-only text and tables, and one result slot per piece, handed to the pieces' threads.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
