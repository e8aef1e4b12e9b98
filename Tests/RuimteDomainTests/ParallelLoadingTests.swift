import Foundation
import RuimteFormats
import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// Loading on several threads gives what one sequential read gives: the same layer, counts
/// and attribute log for a good layer, the same messages in the same order for a bad one.
@Suite struct ParallelLoadingTests {
    /// A source that hides the chunked reading of its GeoJSON source: the sequential path.
    struct Sequential: FeatureSource {
        let inner: GeoJSONFeatureSource
        var name: String { inner.name }
        func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
            try inner.read(header: header, feature: feature)
        }
    }

    /// `n` square buildings in RD New around Leiden, some with floors, some with a height.
    static func buildings(_ n: Int, id: (Int) -> String = { "b\($0)" }, ring: (Int) -> String? = { _ in nil }) -> String
    {
        let features = (0..<n).map { i -> String in
            let x = 93_000 + Double(i % 50) * 20, y = 463_000 + Double(i / 50) * 20
            let square = "[[\(x),\(y)],[\(x + 12),\(y)],[\(x + 12),\(y + 9)],[\(x),\(y + 9)],[\(x),\(y)]]"
            let floors =
                i % 3 == 0
                ? #""bouwlagen":\#(i % 5 + 1)"# : i % 3 == 1 ? #""hoogte":\#(Double(i % 7) * 3.1)"# : #""naam":"x""#
            return
                #"{"type":"Feature","properties":{"id":"\#(id(i))",\#(floors)},"geometry":{"type":"Polygon","coordinates":[\#(ring(i) ?? square)]}}"#
        }
        return #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":["#
            + features.joined(separator: ",\n") + "]}"
    }

    static func load(_ path: String, threads: Int, sequential: Bool) -> (Result<BuildingLoad, LayerError>, [String]) {
        var loader = try! LayerLoader()
        loader.bytesPerChunk = 500
        if sequential { loader.openSource = { Sequential(inner: GeoJSONFeatureSource(path: $0)) } }
        let result = Result { () throws(LayerError) in try loader.buildings(path, threads: threads) }
        return (result, loader.attributeUse[path]?.unused ?? [])
    }

    @Test func goodLayerIsTheSameOnEveryPath() throws {
        let path = try TestFiles.write("parallel-good.geojson", Self.buildings(700))
        let (expected, unused) = Self.load(path, threads: 1, sequential: true)
        let reference = try expected.get()
        #expect(reference.layer.count == 700 && unused == ["naam"])
        for threads in [1, 2, 3] {
            let (result, log) = Self.load(path, threads: threads, sequential: false)
            let load = try result.get()
            #expect(load.layer == reference.layer, "threads \(threads)")
            #expect(load.floorsStated == reference.floorsStated && load.floorsFromHeight == reference.floorsFromHeight)
            #expect(log == unused)
        }
    }

    @Test func badLayerGivesTheSequentialMessagesInOrder() throws {
        // A duplicate id far apart (different chunks), a bow-tie and an unclosed ring.
        let text = Self.buildings(
            400, id: { $0 == 350 ? "b3" : "b\($0)" },
            ring: {
                $0 == 120
                    ? "[[93000,463000],[93010,463010],[93010,463000],[93000,463010],[93000,463000]]"
                    : $0 == 200 ? "[[93000,463000],[93010,463000],[93010,463010],[93000,463011]]" : nil
            })
        let path = try TestFiles.write("parallel-bad.geojson", text)
        func messages(_ r: Result<BuildingLoad, LayerError>) -> [String] {
            guard case .failure(let error) = r else { return [] }
            return error.problems.map(\.description)
        }
        let expected = messages(Self.load(path, threads: 1, sequential: true).0)
        #expect(expected.count == 3)
        #expect(expected.contains { $0.contains("duplicate id: features #4 and #351") })
        for threads in [1, 2] { #expect(messages(Self.load(path, threads: threads, sequential: false).0) == expected) }
    }
}
