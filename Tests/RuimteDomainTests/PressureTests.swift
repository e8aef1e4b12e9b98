import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// Space-pressure metrics on synthetic geometry with answers worked out by hand.
@Suite struct ParkPressureTests {
    let square = rect(0, 0, 100, 100)

    /// The standard parameters with another BP-4 threshold.
    func threshold(_ share: Double) -> PressureParameters {
        var parameters = PressureParameters.standard
        parameters.constrainedShareThreshold = share
        return parameters
    }

    @Test func headroomStepsLostToNearbyHousing() throws {
        // Category 3.2 (step 4); housing 40 m away in a rustige woonwijk allows at most
        // category 2 (30 m <= 40 m < 50 m), step 2: two steps lost, red.
        let a = try analysis(parks: [park("p", square, .c3_2)], housing: [housing("w", rect(140, 0, 160, 100))])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(p.headroom == .steps(2))
        #expect(p.light == .red)
        // In gemengd gebied 40 m allows 3.1 (30 m): one step.
        #expect(try a.parkPressure(areaType: .gemengd).first?.headroom == .steps(1))
        // Far away: no loss, green.
        let far = try analysis(parks: [park("p", square, .c3_2)], housing: [housing("w", rect(400, 0, 500, 100))])
        let calm = try #require(try far.parkPressure(areaType: .rustig).first)
        #expect(calm.headroom == .steps(0) && calm.light == .green)
    }

    @Test func headroomUndeterminedWhenAccuracyStraddlesAStep() throws {
        // 40 m apart, 10 m accuracy each: true distance 20-60 m, allowing category 1 to 3.1.
        let a = try analysis(
            parks: [park("p", square, .c3_2, accuracy: 10)],
            housing: [housing("w", rect(140, 0, 160, 100), accuracy: 10)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(p.headroom == .undetermined(low: 1, high: 3))
        #expect(p.reasons.contains(.stepsUndetermined(low: 1, high: 3)))
        // The 100 m band of category 3.2 covers 60 % of the park (BP-4 > 0.25): orange.
        #expect(p.light == .orange)
        let alone = try analysis(
            parks: [park("p", square, .c3_2, accuracy: 10)],
            housing: [housing("w", rect(140, 0, 160, 100), accuracy: 10)])
        #expect(try alone.parkPressure(areaType: .rustig, parameters: threshold(0.9)).first?.light == .undetermined)
    }

    @Test func constrainedShareAndDwellingsInsideTheRichtafstand() throws {
        // Category 3.1, rustig: 50 m. Housing 20 m wide, 40 m east: the 50 m band reaches
        // 10 m into the park (1,000 of 10,000 m2 = 0.1) and 10 m into the housing site
        // (half of it: 100-200 planned dwellings give 50-100).
        let a = try analysis(
            parks: [park("p", square, .c3_1)], housing: [housing("w", rect(140, 0, 160, 100), dwellings: 100...200)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(abs(try #require(p.constrainedShare) - 0.1) < 1e-9)
        let dwellings = try #require(p.dwellingsWithinRichtafstand)
        #expect(abs(dwellings.lowerBound - 50) < 1e-6 && abs(dwellings.upperBound - 100) < 1e-6)
    }

    @Test func perimeterShareOfASquareWithOneSideFacingHousing() throws {
        // Housing touching the east side, X = 0: the east side is 100 of 400 m.
        let touching = try analysis(parks: [park("p", square, .c3_2)], housing: [housing("w", rect(100, 0, 200, 100))])
        #expect(
            abs(try #require(try touching.parkPressure(areaType: .rustig, facingDistance: 0).first?.facingShare) - 0.25)
                < 1e-9)
        // Housing 20 m away, X = 20: again only the east side.
        let apart = try analysis(parks: [park("p", square, .c3_2)], housing: [housing("w", rect(120, 0, 220, 100))])
        #expect(
            abs(try #require(try apart.parkPressure(areaType: .rustig, facingDistance: 20).first?.facingShare) - 0.25)
                < 1e-9)
        // By default X is the richtafstand of the park's category in gemengd gebied (3.2: 50 m).
        #expect(try apart.parkPressure(areaType: .rustig).first?.facingDistance == 50)
    }

    @Test func densitiesOnlyWhereFiguresExist() throws {
        let a = try analysis(parks: [park("p", square, nil, jobs: 40), park("q", rect(500, 0, 600, 100), nil)])
        let result = try a.parkPressure(areaType: .rustig)
        #expect(result[0].jobsPerHectare == 40 && result[0].densityBasis == .outline)
        #expect(result[1].jobsPerHectare == nil)
        #expect(result.allSatisfy { $0.light == .noData && $0.headroom == .noData })
    }

    @Test func businessLandLostAndTheCompensationRule() throws {
        // Half a hectare (50 x 100 m) under housing, category 3.1, not watergebonden: exempt.
        let half = try analysis(parks: [park("p", square, .c3_1)], housing: [housing("w", rect(50, 0, 150, 100))])
        let exempt = try #require(try half.parkPressure(areaType: .rustig).first)
        #expect(abs(exempt.lossHectares - 0.5) < 1e-12 && exempt.compensation == .exempt)
        // One hectare or more always needs compensation.
        let big = try analysis(
            parks: [park("p", rect(0, 0, 200, 100), .c3_1)], housing: [housing("w", rect(0, 0, 100, 100))])
        #expect(try big.parkPressure(areaType: .rustig).first?.compensation == .required)
        // Category 4.1 is above "ten hoogste 3": required even for 0.5 ha.
        let heavy = try analysis(parks: [park("p", square, .c4_1)], housing: [housing("w", rect(50, 0, 150, 100))])
        #expect(try heavy.parkPressure(areaType: .rustig).first?.compensation == .required)
        // Unknown watergebonden status: the exemption cannot be decided.
        let unknown = try analysis(
            parks: [park("p", square, .c3_1, waterBound: nil)], housing: [housing("w", rect(50, 0, 150, 100))])
        #expect(try unknown.parkPressure(areaType: .rustig).first?.compensation == .undetermined)
        let none = try analysis(parks: [park("p", square, .c3_1)], housing: [housing("w", rect(300, 0, 400, 100))])
        #expect(try none.parkPressure(areaType: .rustig).first?.compensation == .noLoss)
    }
}

@Suite struct CentrePressureTests {
    @Test func plannedDwellingsApportionedByCatchmentShare() throws {
        // Centre 0..100; housing 350..450 (250 m from the centre's edge), 200-400 dwellings.
        // The 300 m catchment reaches x = 400: half the site. 500 m and 1000 m: all of it.
        let a = try analysis(
            centres: [centre("c", rect(0, 0, 100, 100))],
            housing: [housing("w", rect(350, 0, 450, 100), dwellings: 200...400)])
        let c = try #require(try a.centrePressure().first)
        #expect(c.plannedDwellingsWithin.map(\.radius) == [300, 500, 1000])
        let r300 = c.plannedDwellingsWithin[0].dwellings
        #expect(abs(r300.lowerBound - 100) < 1e-6 && abs(r300.upperBound - 200) < 1e-6)
        #expect(abs(c.plannedDwellingsWithin[1].dwellings.upperBound - 400) < 1e-6)
        #expect(c.catchmentOverlapShare == 0 && c.nearestCentre == nil)
    }

    @Test func catchmentOverlapAndNearestCentre() throws {
        // Two identical centres in the same place share their whole catchment.
        let a = try analysis(centres: [
            centre("a", rect(0, 0, 100, 100)), centre("b", rect(0, 0, 100, 100)),
            centre("c", rect(5000, 0, 5100, 100)),
        ])
        let result = try a.centrePressure()
        #expect(abs(result[0].catchmentOverlapShare - 1) < 1e-9)
        #expect(result[0].nearestCentre?.id == "b" && result[0].nearestCentreDistance == 0)
        #expect(result[2].catchmentOverlapShare == 0 && result[2].nearestCentreDistance == 4900)
    }
}

@Suite struct OverlapAndDistanceTests {
    @Test func overlapAreasAndShares() throws {
        let a = try analysis(
            parks: [park("p", rect(0, 0, 200, 100), nil)],
            housing: [housing("h", rect(150, 0, 250, 100)), housing("far", rect(1000, 0, 1100, 100))])
        let overlaps = try a.overlaps(from: .parks, to: .housing)
        #expect(overlaps.count == 1)
        let o = try #require(overlaps.first)
        #expect(o.a.id == "p" && o.b.id == "h" && o.area == 5_000 && o.hectares == 0.5)
        #expect(o.shareOfA == 0.25 && o.shareOfB == 0.5)
        // Touching outlines share no area.
        let touching = try analysis(housing: [housing("a", rect(0, 0, 100, 100)), housing("b", rect(100, 0, 200, 100))])
        #expect(try touching.overlaps(from: .housing, to: .housing).isEmpty)
    }

    @Test func distancesNearestAndWithin() throws {
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), nil)],
            housing: [housing("near", rect(130, 0, 230, 100)), housing("far", rect(0, 700, 100, 800))])
        let all = try a.distances(from: .parks, to: .housing)
        #expect(all.map(\.to.id) == ["far", "near"])  // sorted by id
        #expect(all[1].edge == 30 && all[1].centroid == 130)
        #expect(all[0].edge == 600 && all[0].centroid == 700)
        let within = try a.distances(from: .parks, to: .housing, within: 500)
        #expect(within.map(\.to.id) == ["near"] && within[0].within == .within)
        #expect(try a.nearest(from: .parks, to: .housing).first?.to.id == "near")
        #expect(try a.nearest(from: .housing, to: .housing).map(\.to.id) == ["near", "far"])
    }
}
