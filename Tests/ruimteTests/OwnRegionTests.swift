import Foundation
import RuimteTestSupport
import Testing

/// A planner's own region: bundled layers are Leiden's default, never mixed into layers of the
/// user's own unless asked (`--bundled`); the report says which layer came from where and can
/// carry a scenario comparison.
@Suite struct OwnRegionTests {
    @Test func ownLayersAreNotMixedWithTheBundledOnes() throws {
        let own = try ruimte("sites", "--housing", "geodata/woningbouwlocaties.geojson", "--format", "csv")
        #expect(own.status == 0, "\(own.stderr)")
        let rows = own.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 4 && rows.allSatisfy { $0.contains("woningbouwlocatie") })
        for layer in ["parks", "centres"] {
            #expect(own.stderr.contains("no --\(layer) given: with layers of your own given, this layer reads as none"))
        }
        let asked = try ruimte(
            "sites", "--housing", "geodata/woningbouwlocaties.geojson", "--bundled", "parks,centres", "--format", "csv",
            "--quiet")
        #expect(asked.status == 0 && asked.stdout.split(whereSeparator: \.isNewline).count == 1 + 18)
        let repeated = try ruimte(
            "sites", "--housing", "geodata/woningbouwlocaties.geojson", "--bundled", "parks", "--bundled", "centres",
            "--format", "csv", "--quiet")
        #expect(repeated.stdout == asked.stdout)
        let wrong = try ruimte("sites", "--housing", "geodata/woningbouwlocaties.geojson", "--bundled", "shops")
        #expect(wrong.status == 64 && wrong.stderr.contains("--bundled"))
    }

    @Test func theReportSaysWhereEachLayerCameFrom() throws {
        let leiden = try ruimte("report", "--quiet")
        #expect(leiden.stdout.contains("- Business parks: the bundled Leiden layer (8 sites)"))
        let own = try ruimte("report", "--housing", "geodata/woningbouwlocaties.geojson", "--quiet")
        #expect(own.stdout.contains("- Housing sites: `geodata/woningbouwlocaties.geojson` (4 sites)"))
        #expect(own.stdout.contains("- Shopping centres: none; not given"))
        let nl = try ruimte("report", "--housing", "geodata/woningbouwlocaties.geojson", "--lang", "nl", "--quiet")
        #expect(nl.stdout.contains("- Wijkwinkelcentra: geen; niet opgegeven"))
    }

    @Test func theReportCarriesTheScenarioComparison() throws {
        let file = "notebooks-md/data/wernink-scenario.json"
        let plain = try ruimte("report", "--quiet")
        #expect(!plain.stdout.contains("## Scenario"))
        let report = try ruimte("report", "--scenario", file, "--quiet")
        #expect(report.status == 0 && report.stdout.contains("## Scenario: Wernink: housing or business land"))
        // The totals row of variant 1 reads as the scenario command computes it.
        let totals = try ruimte("scenario", file, "--of", "totals", "--format", "csv", "--quiet")
        let variant = try #require(
            totals.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("Wernink joins") })
        let businessHa = try #require(Double(variant.split(separator: ",")[1]))
        #expect(report.stdout.contains("| 1 | \(String(format: "%.2f", businessHa)) |"))
        let missing = try ruimte("report", "--scenario", "/nonexistent/s.json")
        #expect(missing.status == 66)
    }
}
