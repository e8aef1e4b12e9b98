import Foundation
import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// Headroom on geometry worked out by hand, and on the bundled data against shapely.
@Suite struct CategoryHeadroomTests {
    /// A 100 x 100 m zone and a 20 x 100 m housing site 40 m east of it.
    private func analysis(category: Milieucategorie?, lightest: Milieucategorie? = nil, accuracy: Double = 0) throws
        -> SpatialAnalysis
    {
        let outline = rect(0, 0, 100, 100)
        let zones =
            category.map {
                [
                    MilieuZone(
                        id: "z", parkID: "p", name: "Z", category: $0, lightestCategory: lightest, geometry: outline,
                        accuracy: accuracy)
                ]
            } ?? []
        let park = BusinessPark(record: record("p", .parks, outline, accuracy: accuracy), zones: zones)
        return try SpatialAnalysis(
            catalogue: SiteCatalogue(
                parks: [park], centres: [], housing: [housing("w", rect(140, 0, 160, 100), accuracy: accuracy)]),
            richtafstanden: vng2009())
    }

    @Test func zoneHeadroomIsTheZoneOutsideTheContours() throws {
        // 3.1 in a rustige woonwijk needs 50 m: the strip x > 90 is out, 9,000 of 10,000 m2 allowed.
        let exact = try #require(
            try analysis(category: .c3_2).zoneHeadroom(areaType: .rustig, categories: [.c3_1]).first)
        #expect(
            abs(exact.parts.allowedArea - 9_000) < 1e-6 && abs(exact.parts.notAllowedArea - 1_000) < 1e-6
                && exact.parts.undeterminedArea < 1e-6)
        // Accuracy 5 m each: allowed beyond 60 m (x <= 80), surely out within 40 m (nothing): 2,000 m2 undetermined.
        let fuzzy = try #require(
            try analysis(category: .c3_2, accuracy: 5).zoneHeadroom(areaType: .rustig, categories: [.c3_1]).first)
        #expect(
            abs(fuzzy.parts.allowedArea - 8_000) < 1e-6 && abs(fuzzy.parts.undeterminedArea - 2_000) < 1e-6
                && fuzzy.parts.notAllowedArea < 1e-6)
        // Category 2 (30 m) fits everywhere; a park without a stated category is asked the same question.
        let light = try #require(try analysis(category: nil).zoneHeadroom(areaType: .rustig, categories: [.c2]).first)
        #expect(light.zoneID == "p" && abs(light.parts.allowedArea - 10_000) < 1e-6)
    }

    @Test func housingHeadroomUsesTheWholeClass() throws {
        // Zone 3.1 (50 m): dwellings not within x < 150, half of the 2,000 m2 site.
        let exact = try #require(try analysis(category: .c3_1).housingHeadroom(areaType: .rustig).first)
        #expect(abs(exact.parts.allowedArea - 1_000) < 1e-6 && abs(exact.parts.notAllowedArea - 1_000) < 1e-6)
        // Class 3 (3.1-3.2): allowed only beyond 100 m (none), surely out within 50 m: the rest undetermined.
        let range = try #require(
            try analysis(category: .c3_2, lightest: .c3_1).housingHeadroom(areaType: .rustig).first)
        #expect(
            range.parts.allowedArea < 1e-6 && abs(range.parts.undeterminedArea - 1_000) < 1e-6
                && abs(range.parts.notAllowedArea - 1_000) < 1e-6)
        // A park without a known category may be up to 6 (1,500 m): all of the site is undetermined.
        let unknown = try #require(try analysis(category: nil).housingHeadroom(areaType: .rustig).first)
        #expect(unknown.parts.allowedArea < 1e-6 && abs(unknown.parts.undeterminedArea - 2_000) < 1e-6)
    }

    struct Oracle: Decodable {
        struct Parts: Decodable {
            var site: Double
            var allowed: Double
            var not_allowed: Double
        }
        var zones: [String: Parts]
        var housing: [String: Parts]
    }

    @Test func bundledHeadroomAgreesWithShapely() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "crosscheck_headroom.py"
        ).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, TestFiles.geodataDirectory]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let oracle = try JSONDecoder().decode(Oracle.self, from: data)
        let analysis = try SpatialAnalysis(catalogue: leiden(), richtafstanden: vng2009())
        let zones = try analysis.zoneHeadroom(areaType: .rustig)
        #expect(zones.count == oracle.zones.count && zones.count > 0)
        // Buffers are polygons of 16 segments per quarter circle in both; unions may differ in
        // the last bits, so agreement is to 1 m2 on areas of hectares.
        for z in zones {
            let o = try #require(oracle.zones["\(z.zoneID)/\(z.category.rawValue)"])
            #expect(
                abs(z.parts.allowedArea - o.allowed) < 1 && abs(z.parts.notAllowedArea - o.not_allowed) < 1,
                "\(z.zoneID) \(z.category.rawValue)")
        }
        for h in try analysis.housingHeadroom(areaType: .rustig) {
            let o = try #require(oracle.housing[h.housing.id])
            #expect(
                abs(h.parts.allowedArea - o.allowed) < 1 && abs(h.parts.notAllowedArea - o.not_allowed) < 1,
                "\(h.housing.id)")
        }
    }
}
