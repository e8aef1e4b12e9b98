import Foundation
import RuimteFormats
import RuimteTestSupport
import Testing

/// JSONTestSuite's 318 parsing cases (github.com/nst/JSONTestSuite, MIT): `y_` must parse,
/// `n_` must be rejected, `i_` may go either way but must not crash. The suite is test data
/// kept outside the repository (the project's shared/testdata); point RUIMTE_JSON_TEST_SUITE
/// at its test_parsing folder elsewhere. Without it the test is skipped, not passed.
@Suite struct JSONTestSuiteTests {
    static let directory: String? = {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["RUIMTE_JSON_TEST_SUITE"],
            TestFiles.repositoryRoot.appendingPathComponent("../shared/testdata/JSONTestSuite/test_parsing").path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }()

    @Test(.enabled(if: directory != nil, "JSONTestSuite not found"))
    func everyCaseAsRFC8259Says() throws {
        let directory = try #require(Self.directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count == 318)
        for name in names {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            // Foundation's reader leaks its buffer on a 0-byte file (LeakSanitizer): read those as empty.
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            let data = size == 0 ? Data() : try Data(contentsOf: url)
            let parsed = (try? JSONParser.parse(data)) != nil
            if name.hasPrefix("y_") { #expect(parsed, "\(name) must be accepted") }
            if name.hasPrefix("n_") { #expect(!parsed, "\(name) must be rejected") }
            // Inside a layer: an accepted value is an ordinary property; a rejected one makes the
            // file "not valid JSON" with a line and column, never a crash.
            var layer = Data(
                #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"a","x":"#.utf8)
            layer.append(data)
            layer.append(Data(#"},"geometry":null}]}"#.utf8))
            var features = 0
            do {
                try GeoJSONFeatureSource(name: name, data: layer).read(
                    header: { _ in }, feature: { _ in features += 1 })
                if name.hasPrefix("n_") { Issue.record("\(name) was accepted inside a layer") }
            } catch {
                // Layers refuse a repeated member name (two "geometry" members), which RFC 8259 allows.
                if name.hasPrefix("y_") && !name.contains("duplicated_key") {
                    Issue.record("\(name) inside a layer: \(error.message)")
                }
            }
        }
    }
}
