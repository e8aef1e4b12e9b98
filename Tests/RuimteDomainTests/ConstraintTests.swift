import Foundation
import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// `ruimte constraints` on squares and strips, decided by hand: overlaps and their bands, the
/// verdict per kind, the buildable headroom, and the constraints layer's errors.
@Suite struct ConstraintTests {
    private func constraint(
        _ id: String, _ geometry: Geometry<XY>, _ kind: ConstraintKind = .geluid, _ effect: ConstraintEffect = .hard,
        accuracy: Double = 0
    ) -> Constraint {
        Constraint(id: id, geometry: geometry, accuracy: accuracy, kind: kind, effect: effect, ldenDecibels: 50)
    }

    @Test func aHardStripTakesItsPartAndTheVerdictIsHard() throws {
        // Site 100 × 100 m with 100 dwellings; a hard strip from x = 80: 20 × 100 m = 2,000 m² inside,
        // 8,000 m² buildable (share 0.8, 80 dwellings).
        let a = try analysis(housing: [housing("w", rect(0, 0, 100, 100), dwellings: 100...100)])
        let r = try a.constraints([constraint("c", rect(80, -50, 200, 150))], areaType: .rustig)
        let o = try #require(r.overlaps.first)
        #expect(abs(o.area - 2000) < 1e-6 && o.areaBand == o.area...o.area && o.verdict == .hard)
        #expect(r.verdicts.map(\.verdict) == [.hard])
        let h = try #require(r.headroom.first)
        #expect(abs(h.area - 8000) < 1e-6 && abs(h.share - 0.8) < 1e-12)
        #expect(abs((h.dwellings?.lowerBound ?? 0) - 80) < 1e-9 && h.limitedBy == ["c"])
    }

    @Test func aSoftAreaCoveringTheSiteIsSoftAndTakesNothing() throws {
        let a = try analysis(housing: [housing("w", rect(0, 0, 100, 100))])
        let r = try a.constraints(
            [constraint("s", rect(-10, -10, 110, 110), .externeVeiligheid, .soft)], areaType: .rustig)
        #expect(r.verdicts.map(\.verdict) == [.soft] && abs((r.overlaps.first?.area ?? 0) - 10_000) < 1e-6)
        #expect(abs((r.headroom.first?.area ?? 0) - 10_000) < 1e-6)
    }

    @Test func touchingIsClearAndWithinTheAccuracyUndetermined() throws {
        // Touching along x = 100: nothing inside, clear. With 5 + 10 m of accuracy the grown strip
        // reaches x = 85 (1,500 m²) and the verdict is open.
        let exact = try analysis(housing: [housing("w", rect(0, 0, 100, 100))])
        let touching = try exact.constraints([constraint("t", rect(100, 0, 200, 100))], areaType: .rustig)
        #expect(touching.overlaps.isEmpty && touching.verdicts.map(\.verdict) == [.clear])
        let rough = try analysis(housing: [housing("w", rect(0, 0, 100, 100), accuracy: 10)])
        let near = try rough.constraints([constraint("t", rect(100, 0, 200, 100), accuracy: 5)], areaType: .rustig)
        let o = try #require(near.overlaps.first)
        #expect(o.area == 0 && o.areaBand.lowerBound == 0 && abs(o.areaBand.upperBound - 1500) < 1e-6)
        #expect(near.verdicts.map(\.verdict) == [.undetermined])
        // The headroom's low end loses the 15 m the grown hard strip could take: 8,500 m².
        let h = try #require(near.headroom.first)
        #expect(h.area == 10_000 && abs(h.areaBand.lowerBound - 8500) < 1e-6 && h.areaBand.upperBound == 10_000)
    }

    @Test func aRichtafstandContourTakesItsPartToo() throws {
        // A zone of category 3.1 from x = 120 (50 m in a rustige woonwijk): its contour reaches x = 70
        // over the site's full height, so 70 × 100 m stays buildable; with the hard strip from x = 80
        // as well, still 7,000 m² (they overlap).
        let a = try analysis(
            parks: [park("p", rect(120, 0, 220, 100), .c3_1)], housing: [housing("w", rect(0, 0, 100, 100))])
        let r = try a.constraints([constraint("c", rect(80, -50, 200, 150))], areaType: .rustig)
        let h = try #require(r.headroom.first)
        #expect(abs(h.area - 7000) < 1e-6 && h.limitedBy == ["c", "p"])
        // A soft kind and a hard kind are judged apart: geur soft is clear here, geluid hard is hard.
        let kinds = try a.constraints(
            [constraint("c", rect(80, -50, 200, 150)), constraint("g", rect(500, 0, 600, 100), .geur, .soft)],
            areaType: .rustig
        ).verdicts
        #expect(kinds.map { "\($0.kind.code)=\($0.verdict.rawValue)" } == ["geluid=hard", "geur=clear"])
    }

    @Test func aConstraintOnAParkIsReported() throws {
        let a = try analysis(parks: [park("p", rect(0, 0, 100, 100), .c3_1)])
        let r = try a.constraints([constraint("c", rect(50, 0, 150, 100))], areaType: .rustig)
        #expect(r.parks.count == 1 && abs(r.parks[0].share - 0.5) < 1e-12)
    }

    @Test func theLayerNamesEveryMissingOrUnknownValue() throws {
        let ring = "[[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.15]]]"
        func feature(_ properties: String) -> String {
            #"{"type":"Feature","properties":{"accuracy_m":5,"# + properties
                + #"},"geometry":{"type":"Polygon","coordinates":"# + ring + "}}"
        }
        let file = try TestFiles.write(
            "c.geojson",
            #"{"type":"FeatureCollection","features":["#
                + [
                    feature(#""id":"a","effect":"hard""#), feature(#""id":"b","kind":"geluid","effect":"maybe""#),
                    feature(#""id":"c","kind":"geluid","effect":"soft""#),
                    feature(#""id":"d","kind":"externe-veiligheid","effect":"soft","aandachtsgebied":"rook""#),
                    feature(#""id":"e","kind":"geluid","effect":"soft","lden_db":1e308"#),
                    feature(#""id":"f","kind":"geur","effect":"soft""#),
                ].joined(separator: ",") + "]}")
        var loader = try LayerLoader()
        do {
            _ = try loader.constraints(file)
            Issue.record("accepted")
        } catch {
            let lines = error.problems.map { "\($0.feature ?? "-"): \($0.message)" }
            for expected in [
                "a\": a constraint needs a \"kind\"", "b\": \"effect\" is \"maybe\"", "c\": a geluid constraint needs",
                "d\": \"aandachtsgebied\" is \"rook\"", "e\": ",
            ] {
                #expect(lines.contains { $0.contains(expected) }, "\(expected) in \(lines)")
            }
            #expect(!lines.contains { $0.contains("\"f\"") } && error.exitStatus == .badData)
        }
    }
}
