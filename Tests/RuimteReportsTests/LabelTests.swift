import Foundation
import RuimteGeometry
import RuimteReports
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// Labels are found by code, never by their English text; every label reached by a table has
/// every language with the same places; a metric declared once appears everywhere.
@Suite struct LabelTests {
    /// Every label a table reaches: title, headers, legends, notes and coded cells.
    private func labels(_ table: Table) -> [Label] {
        func walk(_ p: Phrase) -> [Label] {
            switch p {
            case .verbatim: return []
            case .joined(let parts, _): return parts.flatMap(walk)
            case .label(let l, let args):
                return [l]
                    + args.flatMap { a -> [Label] in if case .phrase(let q) = a { return walk(q) } else { return [] } }
            }
        }
        var phrases =
            [table.title] + table.notes + table.columns.flatMap { [$0.title] + ($0.legend.map { [$0] } ?? []) }
        for row in table.rows { for case .coded(_, let label) in row { phrases.append(label) } }
        return phrases.flatMap(walk)
    }

    private func places(_ template: String) -> [String] {
        template.matches(of: /\{[0-9]+\}/).map { String($0.output) }.sorted()
    }

    private func bundledTables() throws -> [Table] {
        let catalogue = try SiteCatalogue.bundled(in: TestFiles.geodataDirectory)
        let analysis = try SpatialAnalysis(
            catalogue: catalogue,
            richtafstanden: Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv"))
        let parks = try analysis.parkPressure(areaType: .rustig)
        return [
            try AnalysisTables.sites(analysis),
            AnalysisTables.parkPressure(parks), AnalysisTables.centrePressure(try analysis.centrePressure()),
            AnalysisTables.zoning(try analysis.zoning(areaType: .rustig), source: "VNG 2009"),
            AnalysisTables.overlaps(try analysis.overlaps(from: .parks, to: .housing)),
            AnalysisTables.distances(try analysis.distances(from: .centres, to: .housing), within: 500),
            HeadroomTables.zones(try analysis.zoneHeadroom(areaType: .rustig), areaType: .rustig),
            HeadroomTables.housing(try analysis.housingHeadroom(areaType: .rustig)),
        ]
    }

    @Test func everyLabelHasEveryLanguageWithTheSamePlaces() throws {
        var byCode: [String: Label] = [:]
        for table in try bundledTables() {
            for label in labels(table) {
                #expect(!label.en.isEmpty && !label.nl.isEmpty, "\(label.code)")
                #expect(places(label.en) == places(label.nl), "\(label.code): places differ")
                if let other = byCode[label.code] { #expect(other == label, "two labels share the code \(label.code)") }
                byCode[label.code] = label
            }
        }
        #expect(byCode.count > 40)
        // Codes are dotted machine names, never sentences.
        #expect(byCode.keys.allSatisfy { $0.wholeMatch(of: /[a-z0-9_]+\.[a-z0-9_]+/) != nil })
    }

    @Test func noLookupByEnglishText() throws {
        // The reports' sources hold no vocabulary keyed by English and no string lookups.
        let dir = TestFiles.repositoryRoot.appendingPathComponent("Sources/RuimteReports").path
        let files = try #require(FileManager.default.enumerator(atPath: dir)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            #expect(!text.contains("DutchVocabulary"), "\(file)")
            #expect(text.firstMatch(of: /language\("/) == nil && text.firstMatch(of: /\bl\("/) == nil, "\(file)")
        }
    }

    @Test func aMetricDeclaredOnceAppearsEverywhere() throws {
        // A new metric: park area per job, declared here only.
        let perJob = Metric<ParkPressure>(
            "m2_per_job", code: "BP-9", header: .verbatim("m2/job"), kind: .number, legend: .verbatim("area per job"),
            definition: Label("definition.test", en: "area per job: m2 ÷ jobs", nl: "oppervlakte per baan: m2 ÷ banen")
        ) { p in .number(p.jobsPerHectare.map { 10_000 / $0 }, 1) }
        let metrics = ParkMetrics.all() + [perJob]
        let catalogue = try SiteCatalogue.bundled(in: TestFiles.geodataDirectory)
        let analysis = try SpatialAnalysis(
            catalogue: catalogue,
            richtafstanden: Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv"))
        let table = AnalysisTables.parkPressure(try analysis.parkPressure(areaType: .rustig), metrics: metrics)
        // Amphoraweg: 250 jobs on 3.5 ha stated = 71.43 jobs/ha, 140.0 m2 per job.
        #expect(table.plainText().contains("m2/job") && table.plainText().contains("140.0"))
        #expect(table.csv().split(separator: "\r\n")[0].hasSuffix(",reasons,m2_per_job"))
        #expect(table.json().contains(#""key": "m2_per_job""#))
        #expect(table.machineCells(keyedBy: ["park_id"])["amphoraweg"]?["m2_per_job"] == .number(140, decimals: 1))
        #expect(MetricDefinitions.all(parkMetrics: metrics).contains { $0.code == "BP-9" })
        var loader = try LayerLoader()
        let scenario = Scenario(name: "s", variants: [ScenarioVariant(name: "v", changes: [])])
        let comparison = try ScenarioComparison(
            base: catalogue, scenario: scenario, file: "s.json",
            richtafstanden: Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv"),
            areaType: .rustig, loader: &loader)
        let compared = ScenarioTables.metrics(comparison, parkMetrics: metrics)
        #expect(compared.csv().contains("amphoraweg,m2_per_job,140.0000,140.0000,,140.0000,140.0000,,0.0000,0.0000,"))
    }
}
