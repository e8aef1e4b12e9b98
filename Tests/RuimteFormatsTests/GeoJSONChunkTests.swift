import Foundation
import RuimteGeometry
import Testing

@testable import RuimteFormats

/// The parallel path's two pieces against the general path: the direct feature reader must
/// give the same feature as `JSONValue` + `GeoJSONFeatureSource.feature`, and reading the
/// chunks in order must give the same features as one sequential read, for any chunk size.
@Suite struct GeoJSONChunkTests {
    /// Features that stress the scan (brackets, commas and escaped quotes inside strings)
    /// and every branch of the direct reader, including those it hands to the general path.
    static let features = [
        #"{"type":"Feature","id":7,"properties":{"id":"a","note":"],[{\"x\":1},"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,3],[3,3],[2,2]]]}}"#,
        #"{"type":"Feature","properties":{"id":"b","list":[1,[2,{"c":"}"}]]},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}"#,
        #"{"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"},"properties":{"id":"c"},"type":"Feature"}"#,
        #"{"type":"Feature","properties":{"id":"d"},"geometry":{"type":"Polygon","bbox":[0,0,1,1],"coordinates":[[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]}}"#,
        #"{"type":"Feature","properties":{"id":"e"},"geometry":{"type":"Point","coordinates":[4.5, 52.1]}}"#,
        #"{"type":"Feature","properties":{"id":"f"},"geometry":null}"#,
        #"{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}"#,
        #"{"type":"Feature","properties":{"id":"g"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}"#,
        #"{"type":"Feature","properties":{"id":"h"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"extra":{"k":[1,2]}}"#,
        #"{"type":"Feature","properties":7,"geometry":null}"#,
        #"{"type":"Thing"}"#,
        #"{ "type" : "Feature" , "properties" : { "id" : "s" } , "geometry" : { "type" : "Polygon" , "coordinates" : [ [ [ 0 , 0 ] , [ 1 , 0 , 2 ] , [ 1 , 1 ] , [ 0 , 0 ] ] ] } }"#,
        #"{"type": "Feature", "properties": {"id": "t"}, "geometry": {"type": "Point", "coordinates": [93377.2054131701, 465312.1349667908]}}"#,
        #"[1,2,3]"#,
        #"{"type":"Feature","properties":{"id":"i"},"geometry":{"type":"Point","coordinates":[1,"2"]}}"#,
        #"{"type":"Feature","properties":{"id":"j"},"geometry":{"type":"MultiPolygon","coordinates":[]}}"#,
        #"{"type":"Feature","properties":{"id":"k \" ]"},"geometry":{"type":"Point","coordinates":[1,2,3,4]}}"#,
        // What looks like the seam between two features, inside a nested array and a string.
        #"{"type":"Feature","properties":{"id":"m","rows":[{"a":1} , {"b":2}],"s":"x},{y"},"geometry":null}"#,
    ]

    static func describe(_ f: SourceFeature) -> String {
        "\(f.index) \(String(describing: f.featureID)) \(f.properties.sorted { $0.key < $1.key }) \(f.geometry) \(String(describing: f.problem))"
    }

    @Test func directReaderEqualsGeneralPath() throws {
        for (index, text) in Self.features.enumerated() {
            let data = Data(text.utf8)
            let direct = try data.withUnsafeBytes { raw in
                var parser = JSONParser(raw.bindMemory(to: UInt8.self))
                parser.rejectsDuplicateMembers = true
                let feature = try parser.geoJSONFeature(index: index, depth: 2)
                #expect(parser.offset == data.count, "the reader stops after the element: \(text)")
                return feature
            }
            let general = GeoJSONFeatureSource.feature(try JSONParser.parse(data), index: index)
            #expect(Self.describe(direct) == Self.describe(general), "\(text)")
        }
    }

    @Test func chunksInOrderEqualOneSequentialRead() throws {
        let text = #"{"type":"FeatureCollection","features":[ "# + Self.features.joined(separator: " ,\n") + " ]}"
        let source = GeoJSONFeatureSource(name: "t.geojson", data: Data(text.utf8))
        var sequential: [String] = []
        try source.read(header: { _ in }, feature: { sequential.append(Self.describe($0)) })
        #expect(sequential.count == Self.features.count)
        for size in [1, 40, 150, 400, 1 << 20] {
            for threads in 1...4 {
                let chunks = try #require(source.chunks(bytesPerChunk: size, threads: threads))
                var chunked: [String] = []
                for i in 0..<chunks.count { #expect(chunks.read(i) { chunked.append(Self.describe($0)) }) }
                #expect(chunked == sequential, "bytes per chunk \(size), \(threads) threads")
                if size == 1 { #expect(chunks.count == Self.features.count) }
                if size == 1 << 20 { #expect(chunks.count == 1) }
            }
        }
    }

    /// The scan in pieces: real seams between features are proven and used; a guessed seam
    /// inside a string or a nested array is caught, and the array is scanned in one piece.
    @Test func scanInPiecesProvesItsSeams() throws {
        func scan(_ text: String, pieces: Int, bytesPerChunk: Int = 64) throws -> JSONArrayChunks {
            let bytes = Array(text.utf8)
            return try bytes.withUnsafeBufferPointer { buffer in
                var parser = JSONParser(buffer, at: 0)
                let split = try #require(
                    JSONArrayChunks(scanning: &parser, bytesPerChunk: bytesPerChunk, pieces: pieces))
                #expect(parser.offset == bytes.count, "the scan ends after the array")
                return split
            }
        }
        func elements(_ split: JSONArrayChunks) -> [Int] {
            split.chunks.flatMap { Array($0.firstIndex..<($0.firstIndex + $0.count)) }
        }

        let clean =
            "["
            + (0..<200).map { #"{"type":"Feature","id":\#($0),"geometry":{"coordinates":[[1,2],[3,4]]}}"# }.joined(
                separator: ",\n") + "]"
        let one = try scan(clean, pieces: 1)
        #expect(one.pieces == 1)
        for pieces in 2...4 {
            let split = try scan(clean, pieces: pieces)
            #expect(split.pieces == pieces, "every guessed seam in a plain FeatureCollection is a real one")
            #expect(elements(split) == Array(0..<200))
            // Each chunk runs from its first element to the separator after its last.
            for chunk in split.chunks {
                let start = clean.utf8.index(clean.utf8.startIndex, offsetBy: chunk.start)
                #expect(clean.utf8[start] == UInt8(ascii: "{"))
            }
        }

        // The middle of the text, where the seam is guessed, lies inside a long string full of "},{".
        let inString = #"[{"s":""# + String(repeating: "},{", count: 400) + #""},{"t":1},{"t":2}]"#
        let fallback = try scan(inString, pieces: 2)
        #expect(fallback.pieces == 1)
        #expect(elements(fallback) == [0, 1, 2])
        // ... and inside a nested array of objects.
        let nested = #"[{"rows":["# + (0..<400).map { #"{"a":\#($0)}"# }.joined(separator: ",") + #"]},{"t":1}]"#
        let nestedSplit = try scan(nested, pieces: 2)
        #expect(nestedSplit.pieces == 1)
        #expect(elements(nestedSplit) == [0, 1])
    }

    @Test func malformedTextIsLeftToTheSequentialRead() throws {
        let cases = [
            #"{"type":"FeatureCollection","features":[{"type":"Feature"},]}"#,  // trailing comma
            #"{"type":"FeatureCollection","features":[{"type":"Feature"} {"a":1}]}"#,  // missing comma
            #"{"type":"FeatureCollection","features":[{"type":"Feature","x":01}]}"#,  // leading zero
            #"{"type":"FeatureCollection","features":[{"type":"Feature","x":"]}"#,  // unbalanced
            #"{"type":"Topology","features":[{"type":"Feature"}]}"#,  // not a collection
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1,"a":2}}]}"#,
        ]
        for text in cases {
            let source = GeoJSONFeatureSource(name: "bad.geojson", data: Data(text.utf8))
            var sequentialFailed = false
            do { try source.read(header: { _ in }, feature: { _ in }) } catch { sequentialFailed = true }
            #expect(sequentialFailed, "\(text)")
            guard let chunks = source.chunks(bytesPerChunk: 1) else { continue }
            var allRead = true
            for i in 0..<chunks.count where !chunks.read(i, feature: { _ in }) { allRead = false }
            #expect(!allRead, "a malformed layer must not read cleanly in chunks: \(text)")
        }
    }
}
