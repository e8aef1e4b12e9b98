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

    /// Scans the array whose `[` is at the parser's offset and cuts it into chunks of about
    /// `bytesPerChunk` bytes; `parser` is left after the closing `]`, and `progress` hears of
    /// every stretch of text scanned. Nil when the brackets do not balance before the text ends
    /// (the full parse then names the problem).
    init?(scanning parser: inout JSONParser, bytesPerChunk: Int, progress: (Range<Int>) -> Void = { _ in }) {
        let start = parser.offset
        guard let (chunks, end) = Self.kind.withUnsafeBufferPointer({ kind in
            Self.scan(parser.bytes, from: start, kind: kind, bytesPerChunk: bytesPerChunk, progress: progress)
        }) else { return nil }
        self.chunks = chunks
        parser.offset = end
    }

    /// The chunks of the array whose `[` is at `start`, and the offset after its `]`.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, kind: UnsafeBufferPointer<UInt8>, bytesPerChunk: Int,
                             progress: (Range<Int>) -> Void) -> ([Chunk], Int)? {
        let count = bytes.count
        func skipWhitespace(_ i: Int) -> Int {
            var i = i
            while i < count, isWhitespace(bytes[i]) { i += 1 }
            return i
        }
        guard start < count, bytes[start] == UInt8(ascii: "[") else { return nil }
        var i = skipWhitespace(start + 1)
        guard i < count else { return nil }
        if bytes[i] == UInt8(ascii: "]") { return ([], i + 1) }
        var chunks: [Chunk] = []
        var depth = 1, index = 1, chunkStart = i, chunkFirst = 0, released = start
        while true {
            while i < count, kind[Int(bytes[i])] == 0 { i += 1 }
            guard i < count else { return nil }
            switch kind[Int(bytes[i])] {
            case 1: // a string: on to its closing quote, past escapes
                i += 1
                while i < count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            case 2:
                depth += 1
            case 3:
                depth -= 1
                if depth == 0 {
                    chunks.append(Chunk(start: chunkStart, firstIndex: chunkFirst, count: index - chunkFirst, end: i))
                    progress(released..<i)
                    return (chunks, i + 1)
                }
            default: // a comma
                guard depth == 1 else { break }
                if i - chunkStart >= bytesPerChunk {
                    chunks.append(Chunk(start: chunkStart, firstIndex: chunkFirst, count: index - chunkFirst, end: i))
                    progress(released..<i)
                    released = i
                    chunkStart = skipWhitespace(i + 1)
                    chunkFirst = index
                }
                index += 1
            }
            i += 1
        }
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
