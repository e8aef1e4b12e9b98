import RuimteDomain
import RuimteGeometry
import RuimteTestSupport
import Testing

/// The sliver rule: below 5 cm an overlap is touching and a gap is touching, the same for
/// overlaps, BP-7, distances and milieuzonering, so that no verdict flips on a sliver.
@Suite struct SliverRuleTests {
    /// A 100 × 100 m park without a category (so a loss would be "undetermined") and a housing
    /// site east of it reaching `depth` metres into it (negative: a gap).
    private func layout(depth: Double) throws -> SpatialAnalysis {
        let x = 94_100 - depth
        return try analysis(
            parks: [park("p", rect(94_000, 463_000, 94_100, 463_100), nil, waterBound: nil)],
            housing: [housing("h", rect(x, 463_000, x + 100, 463_100), dwellings: 100...100)])
    }

    @Test func aSliverIsTouching() throws {
        // 1 mm deep along 100 m: 0.1 m² that exists in no source.
        let sliver = try layout(depth: 0.001)
        let p = try #require(sliver.parkPressure(areaType: .rustig).first)
        #expect(p.lossHectares == 0 && p.compensation == .noLoss)
        #expect(try sliver.overlaps(from: .parks, to: .housing).isEmpty)
        #expect(try sliver.distances(from: .parks, to: .housing)[0].edge == 0)
    }

    @Test func aGapUnderTheToleranceIsTouching() throws {
        #expect(try layout(depth: -0.01).distances(from: .parks, to: .housing)[0].edge == 0)
        // 10 cm is a real gap.
        let gap = try layout(depth: -0.1).distances(from: .parks, to: .housing)[0].edge
        #expect(abs(gap - 0.1) < 1e-9)
    }

    @Test func aRealOverlapCounts() throws {
        // 10 cm deep along 100 m: 10 m², an overlap and a loss whose exemption is undetermined.
        let real = try layout(depth: 0.1)
        let p = try #require(real.parkPressure(areaType: .rustig).first)
        #expect(abs(p.lossHectares - 0.001) < 1e-9 && p.compensation == .undetermined)
        let overlap = try #require(real.overlaps(from: .parks, to: .housing).first)
        #expect(abs(overlap.area - 10) < 1e-6)
    }

    @Test func theToleranceIsStated() {
        #expect(SliverRule.tolerance == 0.05)
        #expect(SliverRule.gap(0.049) == 0 && SliverRule.gap(0.05) == 0.05)
    }
}
