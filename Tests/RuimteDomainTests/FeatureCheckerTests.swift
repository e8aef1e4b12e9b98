import RuimteFormats
import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// The shared checks know nothing of GeoJSON: a source of another kind goes through them.
@Suite struct FeatureCheckerTests {
    /// An in-memory source, standing in for any format.
    struct MemorySource: FeatureSource {
        var name: String
        var header: LayerHeader
        var features: [SourceFeature]
        func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
            header(self.header)
            features.forEach(feature)
        }
    }

    private func loader(_ source: MemorySource) throws -> LayerLoader {
        var loader = try LayerLoader()
        loader.openSource = { _ in source }
        return loader
    }

    @Test func anySourceLoadsThroughTheSameChecks() throws {
        let square = Geometry<XY>.polygon(.rectangle(minX: 94_000, minY: 463_000, maxX: 94_100, maxY: 463_100))
        let source = MemorySource(
            name: "memory", header: LayerHeader(crs: .epsg(28992)),
            features: [
                SourceFeature(
                    index: 0, featureID: .string("a"), properties: ["name": .string("A"), "accuracy_m": .number(5)],
                    geometry: .read(square.stored))
            ])
        var loader = try loader(source)
        let centres = try loader.centres("memory")
        #expect(centres.map(\.id) == ["a"] && centres[0].name == "A" && centres[0].accuracy == 5)
        #expect(centres[0].geometry == square)
    }

    @Test func sharedProblemsNameTheFeature() throws {
        let square = Geometry<XY>.polygon(.rectangle(minX: 94_000, minY: 463_000, maxX: 94_100, maxY: 463_100))
        let source = MemorySource(
            name: "memory", header: LayerHeader(crs: .epsg(28992)),
            features: [
                SourceFeature(index: 0, featureID: nil, properties: [:], geometry: .read(square.stored)),
                SourceFeature(index: 1, featureID: .string("b"), properties: [:], geometry: .missing),
                SourceFeature(
                    index: 2, featureID: .string("c"), properties: [:],
                    geometry: .read(.point(Point(Stored(first: 94_000, second: 463_000))))),
            ])
        var loader = try loader(source)
        #expect {
            _ = try loader.housing("memory")
        } throws: { error in
            let problems = (error as? LayerError)?.problems.map(\.description) ?? []
            return problems == [
                "memory: feature #1: has no id: give every feature a unique \"id\" property (a short slug such as \"amphoraweg\")",
                "memory: id \"b\": has no geometry",
                "memory: id \"c\": geometry type is Point; sites must be a Polygon or MultiPolygon",
            ]
        }
    }

    /// The id fields match as `lowercased()` would match them, without making the copy.
    @Test func idFieldsMatchIgnoringCase() {
        for key in [
            "identificatie", "IDENTIFICATIE", "Identificatie", "rin_nummer", "RIN_NUMMER", "terrein_id", "Terrein_ID",
        ] {
            #expect(FeatureChecker.isIDField(key), "\(key)")
            #expect(["rin_nummer", "terrein_id", "identificatie"].contains(key.lowercased()))
        }
        for key in [
            "identificatie_", "identificati", "rin-nummer", "rin_nummer ", "ıdentificatie", "İdentificatie",
            "terrein_íd", "id", "",
        ] {
            #expect(!FeatureChecker.isIDField(key), "\(key)")
            #expect(!["rin_nummer", "terrein_id", "identificatie"].contains(key.lowercased()), "\(key)")
        }
    }

    /// Without an `id`, the id comes from the id field whose name sorts first; null does not count.
    @Test func idFieldChoice() throws {
        let square = Geometry<XY>.polygon(.rectangle(minX: 94_000, minY: 463_000, maxX: 94_100, maxY: 463_100))
        let source = MemorySource(
            name: "memory", header: LayerHeader(crs: .epsg(28992)),
            features: [
                SourceFeature(
                    index: 0, featureID: nil, properties: ["RIN_NUMMER": .string("r1"), "terrein_id": .string("t1")],
                    geometry: .read(square.stored)),
                SourceFeature(
                    index: 1, featureID: nil,
                    properties: ["rin_nummer": .null, "Terrein_Id": .string("t2"), "identificatie": .string("b2")],
                    geometry: .read(square.stored)),
                SourceFeature(
                    index: 2, featureID: nil, properties: ["terrein_id": .string("t3"), "identificatie": .null],
                    geometry: .read(square.stored)),
            ])
        var loader = try loader(source)
        // Names sort as written: "RIN_NUMMER" before "terrein_id", "Terrein_Id" before "identificatie".
        #expect(try loader.centres("memory").map(\.id) == ["r1", "t2", "t3"])
    }
}
