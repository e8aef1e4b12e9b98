import Foundation
import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteDomain

/// BP-2's, BP-4's, BP-5's, BP-6's, BP-7's, SC-1's and SC-3's bands, decided by hand.
@Suite struct MetricBandTests {
    @Test func theBandFollowsTheHousingAccuracy() throws {
        // Housing (50..150) × (0..100), ±10 m: measured 50 × 100 m = 0.5 ha; shrunk, (60..90) in x within
        // the park, (10..90) in y: 40 × 80 m = 0.32 ha; grown, x from 40 over the park's full height:
        // 60 × 100 m = 0.6 ha. Below 1 ha at category 3.1, not watergebonden: exempt at both ends.
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), .c3_1)],
            housing: [housing("w", rect(50, 0, 150, 100), accuracy: 10)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(abs(p.lossHectares - 0.5) < 1e-9)
        #expect(abs(p.lossBand.lowerBound - 0.32) < 1e-9 && abs(p.lossBand.upperBound - 0.6) < 1e-9)
        #expect(p.compensation == .exempt)
    }

    @Test func aBandAcrossTheRuleLeavesTheVerdictOpen() throws {
        // ±60 m: shrunk, the housing (110..90) is empty, 0 ha (no loss); grown, it covers the whole
        // park, 1 ha (required from 1 ha). The verdict is open, and says so.
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), .c3_1)],
            housing: [housing("w", rect(50, 0, 150, 100), accuracy: 60)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(p.lossBand.lowerBound == 0 && abs(p.lossBand.upperBound - 1) < 1e-9)
        #expect(p.compensation == .openAtAccuracy)
        #expect(p.reasons.contains(.compensationOpen(low: 0, high: p.lossBand.upperBound)))
    }

    @Test func bp4BandFromTheRichtafstandLessAndPlusTheAccuracy() throws {
        // Category 3.1 (50 m in a rustige woonwijk), park and housing ±10 m, housing from x = 140: measured
        // x ≥ 90, 10 % of the park; low 50 - 20 = 30 m, x ≥ 110, 0 %; high 50 + 20 = 70 m, x ≥ 70, 30 %. The band
        // lies across the 25 % threshold: not orange, the reason says so.
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), .c3_1, accuracy: 10)],
            housing: [housing("w", rect(140, 0, 160, 100), accuracy: 10)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        #expect(abs((p.constrainedShare ?? -1) - 0.1) < 1e-9)
        let band = try #require(p.constrainedBand)
        #expect(band.lowerBound == 0 && abs(band.upperBound - 0.3) < 1e-9)
        #expect(p.light != .orange && p.reasons.contains(.constrainedOpen(low: 0, high: band.upperBound)))
    }

    @Test func bp5AndBp2BandsFromTheDistanceLessAndPlusTheAccuracy() throws {
        // BP-5 at 30 m (category 3.1 in gemengd gebied): no edge within 30 m of housing from x = 140; low 10 m
        // none; high 50 m, the east edge (100 m) and 10 m each of the north and south edges: 120 / 400 = 0.3.
        // BP-2: 100 dwellings on (140..160) × (0..100); the 50 m contour reaches x = 150, half: 50; low 30 m,
        // none; high 70 m covers the site: 100.
        let a = try analysis(
            parks: [park("p", rect(0, 0, 100, 100), .c3_1, accuracy: 10)],
            housing: [housing("w", rect(140, 0, 160, 100), dwellings: 100...100, accuracy: 10)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        let facing = try #require(p.facingBand)
        #expect(p.facingShare == 0 && facing.lowerBound == 0 && abs(facing.upperBound - 0.3) < 1e-9)
        let dwellings = try #require(p.dwellingsBand)
        #expect(abs((p.dwellingsWithinRichtafstand?.lowerBound ?? -1) - 50) < 1e-6)
        #expect(dwellings.lowerBound == 0 && abs(dwellings.upperBound - 100) < 1e-6)
    }

    @Test func sc1BandFromTheRadiusLessAndPlusTheAccuracy() throws {
        // A 10 m centre ±50 m and 100 dwellings on (320..330) × (0..10) ±50 m: 310 m away, outside 300 m;
        // low (200 m) none; high (400 m) the whole site, 320 m from the centre at most: 100.
        var centre = centre("c", rect(0, 0, 10, 10))
        centre.record.accuracy = 50
        let a = try analysis(
            centres: [centre], housing: [housing("w", rect(320, 0, 330, 10), dwellings: 100...100, accuracy: 50)])
        let c = try #require(try a.centrePressure().first)
        let measured = try #require(c.plannedDwellingsWithin.first { $0.radius == 300 })
        let band = try #require(c.plannedDwellingsBand.first { $0.radius == 300 })
        #expect(
            measured.dwellings == 0...0 && band.dwellings.lowerBound == 0 && abs(band.dwellings.upperBound - 100) < 1e-9
        )
    }

    @Test func bp6BandFromTheOutlineGrownAndShrunk() throws {
        // 100 jobs on 100 × 100 m ±10 m: measured 100 jobs/ha; shrunk, 80 × 80 m = 0.64 ha, 156.25; grown,
        // 120 × 120 m less four corners of 10 × 10 m each rounded to a quarter circle of radius 10
        // (π × 100 m² for the four, 16 segments a quadrant): 1.4314 ha, 69.86.
        let a = try analysis(parks: [park("p", rect(0, 0, 100, 100), .c3_1, accuracy: 10, jobs: 100)])
        let p = try #require(try a.parkPressure(areaType: .rustig).first)
        let band = try #require(p.jobsPerHectareBand)
        #expect(abs((p.jobsPerHectare ?? -1) - 100) < 1e-9 && abs(band.upperBound - 156.25) < 1e-9)
        #expect(abs(band.lowerBound - 100 / (1.4 + Double.pi / 100)) < 0.01)
    }

    @Test func bp6BandOfStatedHectaresIsTheValueAndOfAVanishingParkUnbounded() throws {
        var stated = park("s", rect(0, 0, 100, 100), nil, accuracy: 10, jobs: 100)
        stated.statedHectares = 2
        // ±60 m shrinks a 100 m square away: no upper bound.
        let gone = park("g", rect(500, 0, 600, 100), nil, accuracy: 60, jobs: 100)
        let a = try analysis(parks: [stated, gone])
        let p = try a.parkPressure(areaType: .rustig)
        let s = try #require(p.first { $0.park.id == "s" }), g = try #require(p.first { $0.park.id == "g" })
        #expect(s.jobsPerHectareBand == 50...50)
        #expect(g.jobsPerHectareBand?.upperBound == .infinity && g.jobsPerHectare == 100)
    }

    @Test func sc3BandFromTheOthersShrunkAndGrownByTheSummedAccuracy() throws {
        // Two near-points 1,000 m apart, ±100 m each: the 500 m catchments touch (share 0); the others
        // shrunk to 300 m miss (0); grown to 700 m, the lens of circles of 500 and 700 m 1,000 m apart over
        // the 500 m circle.
        var c0 = centre("a", rect(0, 0, 0.01, 0.01)), c1 = centre("b", rect(1000, 0, 1000.01, 0.01))
        c0.record.accuracy = 100
        c1.record.accuracy = 100
        let c = try #require(try analysis(centres: [c0, c1]).centrePressure().first)
        let (r1, r2, d) = (500.0, 700.0, 1000.0)
        let sector1: Double = r1 * r1 * acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1))
        let sector2: Double = r2 * r2 * acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2))
        let kite: Double = 0.5 * ((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)).squareRoot()
        let lens = sector1 + sector2 - kite
        #expect(c.catchmentOverlapShare < 1e-6 && c.catchmentOverlapBand.lowerBound < 1e-6)
        #expect(abs(c.catchmentOverlapBand.upperBound - lens / (Double.pi * r1 * r1)) < 0.005)
    }
}
