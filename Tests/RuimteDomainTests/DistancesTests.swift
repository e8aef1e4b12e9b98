import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// Nearest neighbours through the STRtree against the hand-computed answer.
@Suite struct DistancesTests {
    @Test func nearestWithinALayerSkipsTheSiteItselfAndBreaksTiesByID() throws {
        // Four 10 m squares in a row along x: a at 0, b at 30 (20 m from a), c at 60 (20 m
        // from b), d at 200. b has two neighbours at 20 m: a wins by id.
        let a = try analysis(centres: [
            centre("a", rect(0, 0, 10, 10)), centre("b", rect(30, 0, 40, 10)),
            centre("c", rect(60, 0, 70, 10)), centre("d", rect(200, 0, 210, 10)),
        ])
        let nearest = try a.nearest(from: .centres, to: .centres)
        #expect(nearest.map { "\($0.from.id)>\($0.to.id)" } == ["a>b", "b>a", "c>b", "d>c"])
        #expect(nearest.map(\.edge) == [20, 20, 20, 130])
    }

    @Test func nearestAcrossLayers() throws {
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), nil)],
            housing: [
                housing("far", rect(500, 0, 600, 100)), housing("near", rect(0, 150, 100, 250)),
                housing("tie", rect(150, 0, 250, 100)),
            ])
        let nearest = try a.nearest(from: .parks, to: .housing)
        // "near" and "tie" are both 50 m away: "near" sorts first.
        #expect(nearest.count == 1 && nearest[0].to.id == "near" && nearest[0].edge == 50)
        // A single site has no other site in its own layer.
        #expect(try analysis(centres: [centre("a", rect(0, 0, 10, 10))]).nearest(from: .centres, to: .centres).isEmpty)
    }
}
