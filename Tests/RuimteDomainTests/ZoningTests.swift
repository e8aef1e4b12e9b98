import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// The milieuzonering example of metrics.md §1.4, checked by hand: a 100 x 100 m zone of
/// category 3.1 and a dwelling 40 m east of it.
@Suite struct ZoningTests {
    let zone = rect(0, 0, 100, 100)
    let dwelling40m = rect(140, 0, 160, 100)

    @Test func conflictInRustigNoneInGemengd() throws {
        let a = try analysis(parks: [park("z", zone, .c3_1)], housing: [housing("w", dwelling40m)])
        let rustig = try #require(try a.zoning(areaType: .rustig).checks.first)
        #expect(rustig.required == 50 && rustig.actual == 40)
        #expect(rustig.verdict == .conflict && rustig.shortfall == 10 && rustig.margin == -10)
        #expect(rustig.nearestPoints.0.x == 100 && rustig.nearestPoints.1.x == 140)
        let gemengd = try #require(try a.zoning(areaType: .gemengd).checks.first)
        #expect(gemengd.required == 30 && gemengd.verdict == .noConflict && gemengd.shortfall == 0)
    }

    @Test func exactlyAtTheRichtafstandIsNoConflict() throws {
        let a = try analysis(parks: [park("z", zone, .c3_1)], housing: [housing("w", rect(150, 0, 170, 100))])
        let check = try #require(try a.zoning(areaType: .rustig).checks.first)
        #expect(check.actual == 50 && check.verdict == .noConflict)
    }

    @Test func marginWithinAccuracyIsUndetermined() throws {
        // Margin 10 m; outlines accurate to 3 m each (6 m): decided. To 20 m each (40 m): not.
        let decided = try analysis(
            parks: [park("z", zone, .c3_1, accuracy: 3)], housing: [housing("w", dwelling40m, accuracy: 3)])
        #expect(try decided.zoning(areaType: .rustig).checks.first?.verdict == .conflict)
        let vague = try analysis(
            parks: [park("z", zone, .c3_1, accuracy: 20)], housing: [housing("w", dwelling40m, accuracy: 20)])
        let check = try #require(try vague.zoning(areaType: .rustig).checks.first)
        #expect(check.verdict == .undetermined && check.distance.near == 0 && check.distance.far == 80)
    }

    @Test func deepOverlapIsAConflictDespiteAccuracy() throws {
        // Accuracy 30 m each (60 m). Housing covering 200 m of a 300 m zone overlaps by more
        // than 60 m, so it overlaps on the ground too: conflict.
        let big = rect(0, 0, 300, 300)
        let deep = try analysis(
            parks: [park("z", big, .c3_1, accuracy: 30)], housing: [housing("w", rect(100, 0, 400, 300), accuracy: 30)])
        #expect(try deep.zoning(areaType: .rustig).checks.first?.verdict == .conflict)
        // A 10 m overlap may be 50 m apart on the ground (10 - 60): not decided for 50 m.
        let shallow = try analysis(
            parks: [park("z", big, .c3_1, accuracy: 30)], housing: [housing("w", rect(290, 0, 400, 300), accuracy: 30)])
        let check = try #require(try shallow.zoning(areaType: .rustig).checks.first)
        #expect(check.actual == 0 && check.distance.far == 60 && check.verdict == .undetermined)
    }

    @Test func siteAreaTypeOverridesTheDefault() throws {
        let a = try analysis(parks: [park("z", zone, .c3_1)], housing: [housing("w", dwelling40m, areaType: .gemengd)])
        #expect(try a.zoning(areaType: .rustig).checks.first?.verdict == .noConflict)
    }

    @Test func parkWithoutCategoryIsAGapNotAPass() throws {
        let a = try analysis(parks: [park("p", zone, nil)], housing: [housing("w", dwelling40m)])
        let result = try a.zoning(areaType: .rustig)
        #expect(result.checks.isEmpty && result.gaps.map(\.park.id) == ["p"])
    }

    @Test func contoursAreForMapsOnly() throws {
        let a = try analysis(parks: [park("z", zone, .c3_1)])
        let contour = try #require(try a.zoningContours(areaType: .rustig).first)
        #expect(contour.distance == 50)
        // 100 x 100 square grown by 50 m: 100^2 + 4 x 100 x 50 + pi 50^2 (chords make it slightly less).
        let area = try GEOSSession().native(contour.contour).area()
        let exact = 10_000 + 20_000 + Double.pi * 2_500
        #expect(area < exact && exact - area < 0.001 * exact)
    }
}

@Suite struct VerdictTests {
    @Test func rangesDecideOnlyWhenEveryOutlinePositionAgrees() {
        #expect(Verdict(DistanceRange(measured: 40, accuracy: 0), required: 50) == .conflict)
        #expect(Verdict(DistanceRange(measured: 50, accuracy: 0), required: 50) == .noConflict)
        // true distance may be 50
        #expect(Verdict(DistanceRange(measured: 40, accuracy: 10), required: 50) == .undetermined)
        #expect(Verdict(DistanceRange(measured: 39, accuracy: 10), required: 50) == .conflict)
        #expect(Verdict(DistanceRange(measured: 60, accuracy: 10), required: 50) == .noConflict)
        #expect(WithinVerdict(DistanceRange(measured: 500, accuracy: 0), threshold: 500) == .within)
        #expect(WithinVerdict(DistanceRange(measured: 450, accuracy: 100), threshold: 500) == .undetermined)
        #expect(WithinVerdict(DistanceRange(measured: 700, accuracy: 100), threshold: 500) == .beyond)
    }
}

/// A category stated only as an IBIS main class (3: 3.1 or 3.2) decides only where every
/// sub-category gives the same answer.
@Suite struct CategoryClassTests {
    /// A 100 x 100 m park zoned as IBIS class 3, and housing `gap` metres east of it.
    private func analysis(gap: Double) throws -> SpatialAnalysis {
        let outline = rect(0, 0, 100, 100)
        let zone = MilieuZone(
            id: "p", parkID: "p", name: "P", category: .c3_2, lightestCategory: .c3_1, geometry: outline, accuracy: 0)
        let p = BusinessPark(record: record("p", .parks, outline), zones: [zone], waterBound: false)
        return try SpatialAnalysis(
            catalogue: SiteCatalogue(
                parks: [p], centres: [], housing: [housing("w", rect(100 + gap, 0, 120 + gap, 100))]),
            richtafstanden: vng2009())
    }

    @Test func zoningStraddlingTheClassIsUndetermined() throws {
        // Rustig: 3.1 needs 50 m, 3.2 needs 100 m.
        for (gap, verdict) in [(40.0, Verdict.conflict), (75, .undetermined), (100, .noConflict)] {
            let check = try #require(try analysis(gap: gap).zoning(areaType: .rustig).checks.first)
            #expect(check.verdict == verdict, "\(gap) m")
            #expect(check.categoryText == "3.1-3.2" && check.required == 100)
        }
    }

    @Test func headroomSpansTheClass() throws {
        // 75 m rustig allows at most 3.1 (step 3): 3.2 loses one step, 3.1 none.
        let p = try #require(try analysis(gap: 75).parkPressure(areaType: .rustig).first)
        #expect(p.headroom == .undetermined(low: 0, high: 1))
        #expect(p.maxCategoryText == "3.1-3.2")
        #expect(
            Milieucategorie.ibisMainClass(3) == .c3_1 ... .c3_2 && Milieucategorie.ibisMainClass(5) == .c5_1 ... .c5_3)
        #expect(Milieucategorie.ibisMainClass(7) == nil)
    }
}
