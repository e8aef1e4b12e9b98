import Foundation
import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// Scenarios on hand-checkable geometry: a site moved between layers, a category changed,
/// and bad files named by key.
@Suite struct ScenarioTests {
    /// A park 100 x 100 m at the origin, a housing site of the same size `gap` metres east of it.
    private func base(category: Milieucategorie?, gap: Double) -> SiteCatalogue {
        SiteCatalogue(
            parks: [park("p", rect(0, 0, 100, 100), category)], centres: [],
            housing: [housing("w", rect(100 + gap, 0, 200 + gap, 100), dwellings: 400...500)])
    }

    private func compare(_ catalogue: SiteCatalogue, _ changes: [ScenarioChange]) throws -> ScenarioComparison {
        var loader = try LayerLoader()
        return try ScenarioComparison(
            base: catalogue, scenario: Scenario(name: "t", variants: [ScenarioVariant(name: "v", changes: changes)]),
            file: "t.json", richtafstanden: vng2009(), areaType: .rustig, loader: &loader)
    }

    @Test func housingSiteJoinsAPark() throws {
        // The adjacent housing site becomes part of the park, zoned 3.2: 1.00 ha more business
        // land (2.00 ha), 400-500 fewer planned dwellings, and the park gains a category.
        let result = try compare(
            base(category: nil, gap: 0), [.housingToPark(site: "w", join: "p", category: .c3_2 ... .c3_2)])
        #expect(abs(result.totals[0].businessHectares - 1) < 1e-9 && abs(result.totals[1].businessHectares - 2) < 1e-9)
        #expect(result.totals[0].plannedDwellings == 400...500 && result.totals[1].plannedDwellings == 0...0)
        let before = try #require(result.pressure[0].parks.first { $0.park.id == "p" })
        let after = try #require(result.pressure[1].parks.first { $0.park.id == "p" })
        #expect(before.maxCategoryText == nil && after.maxCategoryText == "3.2")
    }

    @Test func aLighterCategoryRemovesTheConflict() throws {
        // 3.1 needs 50 m in a rustige woonwijk: housing 40 m away conflicts and costs one step
        // (40 m allows 2). Zoned 2 (30 m) instead: no conflict, no step lost.
        let result = try compare(base(category: .c3_1, gap: 40), [.category(zone: "p", category: .c2 ... .c2)])
        let change = try #require(result.verdictChanges.first)
        #expect(result.verdictChanges.count == 1 && change.base == .conflict && change.value == .noConflict)
        let before = try #require(result.pressure[0].parks.first { $0.park.id == "p" })
        let after = try #require(result.pressure[1].parks.first { $0.park.id == "p" })
        #expect(before.headroom == .steps(1) && after.headroom == .steps(0))
    }

    @Test func unknownSitesAndBadKeysAreNamed() throws {
        #expect {
            _ = try compare(base(category: nil, gap: 0), [.remove(site: "nowhere")])
        } throws: { error in
            (error as? ScenarioError)?.description == "t.json: variants[0] (v), change 1: no site \"nowhere\" to remove"
        }
        for (text, key) in [
            (
                #"{"name":"x","variants":[{"name":"v","changes":[{"move":"w","to":"industry"}]}]}"#,
                "variants[0].changes[0].to"
            ),
            (
                #"{"name":"x","variants":[{"name":"v","changes":[{"set":"p","milieucategorie":"3.5"}]}]}"#,
                "variants[0].changes[0].milieucategorie"
            ),
            (
                #"{"name":"x","variants":[{"name":"v","changes":[{"set":"w","colour":"red"}]}]}"#,
                "variants[0].changes[0].colour"
            ),
            (#"{"name":"x","variants":[]}"#, "variants"),
            (#"{"variants":[{"name":"v","changes":[]}]}"#, "name"),
        ] {
            let path = try TestFiles.write("s.json", text)
            #expect {
                _ = try ScenarioFile.read(path)
            } throws: { error in
                (error as? ScenarioError).map { $0.key == key && $0.file == path } ?? false
            }
        }
    }
}
