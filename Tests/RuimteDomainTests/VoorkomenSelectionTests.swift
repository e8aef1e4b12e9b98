import RuimteTestSupport
import Testing

@testable import RuimteDomain

@Suite struct VoorkomenSelectionTests {
    @Test func datesReadInBothSpellingsAndOnlyRealDays() {
        #expect(BAGDate("2020-02-29")?.description == "2020-02-29")
        #expect(BAGDate("2020/01/31 10:00:00")?.description == "2020-01-31")
        #expect(BAGDate("2011-01-01T10:00:00.000") == BAGDate(year: 2011, month: 1, day: 1))
        #expect(BAGDate("2021-02-29") == nil && BAGDate("2021-13-01") == nil && BAGDate("20210101") == nil)
        #expect(BAGDate("2021-01-01x") == nil && BAGDate("2021-01/01") == nil)
        #expect(BAGDate("2010-12-31")! < BAGDate("2011-01-01")!)
    }

    /// A pand with a voorkomen per date range, one registered later, one demolished, one
    /// only inactive: which one counts on each reference date is decided by hand below.
    static let history = """
        {"type":"FeatureCollection","features":[
        \(pand("p1", 1, "Bouwvergunning verleend", "2009-01-01", "2011-01-01")),
        \(pand("p1", 2, "Pand in gebruik", "2011-01-01", nil)),
        \(pand("p2", 1, "Pand in gebruik", "2000-01-01", "2015-01-01")),
        \(pand("p2", 2, "Pand gesloopt", "2015-01-01", nil)),
        \(pand("p3", 1, "Pand in gebruik", "2000-01-01", nil, inactive: "2020-01-01T00:00:00")),
        \(pand("p4", 1, "Pand in gebruik", "2030-01-01", nil))]}
        """

    static func pand(
        _ id: String, _ number: Int, _ status: String, _ begin: String, _ end: String?, inactive: String? = nil
    ) -> String {
        let endText = end.map { #""\#($0)""# } ?? "null"
        let inactiveText = inactive.map { #""\#($0)""# } ?? "null"
        return #"""
            {"type":"Feature","properties":{"identificatie":"\#(id)","voorkomenIdentificatie":\#(number),
            "status":"\#(status)","beginGeldigheid":"\#(begin)","eindGeldigheid":\#(endText),
            "tijdstipInactief":\#(inactiveText),"oorspronkelijkBouwjaar":9999},
            "geometry":{"type":"Polygon","coordinates":[[[4.47,52.15],[4.471,52.15],[4.471,52.151],[4.47,52.15]]]}}
            """#
    }

    @Test func theVoorkomenValidOnTheDateCounts() throws {
        let file = try TestFiles.write("history.geojson", Self.history)
        var loader = try LayerLoader()
        // 2010-06-01: p1 has a building permit only (left out by status), p2 stands, p3 is
        // inactive, p4 is not registered yet: 1 pand.
        let early = try loader.buildings(file, on: BAGDate("2010-06-01")!)
        #expect(early.layer.count == 1)
        #expect(early.selection.otherStatus == ["Bouwvergunning verleend": 1])
        #expect(early.selection.history.voorkomens == 6 && early.selection.history.objects == 4)
        #expect(early.selection.history.inactive == 1 && early.selection.history.withoutValidVoorkomen == 2)
        // 2026-12-02: p1 in use, p2 demolished (left out by status), p3 inactive, p4 not yet: 1 pand.
        let now = try loader.buildings(file, on: BAGDate("2026-12-02")!)
        #expect(now.layer.count == 1 && now.selection.otherStatus == ["Pand gesloopt": 1])
        #expect(now.selection.yearUnknown == 1)  // among the panden kept
        // The changed status filter keeps the demolished pand too.
        let all = try loader.buildings(
            file, filter: BuildingFilter(statuses: ["Pand in gebruik", "Pand gesloopt"]), on: BAGDate("2026-12-02")!)
        #expect(all.layer.count == 2 && all.selection.otherStatus.isEmpty)
        // 2031: p4 counts as well.
        #expect(try loader.buildings(file, on: BAGDate("2031-01-01")!).layer.count == 2)
        #expect(now.selection.history.voorkomens == 6 && now.selection.history.objects == 4)
        #expect(now.selection.otherStatus == ["Pand gesloopt": 1])
    }

    @Test func problemsSharedByManyFeaturesAreSaidOnce() {
        let many = (1...60).map { LoadProblem(file: "f", feature: "id \"p\($0)\"", message: "no accuracy_m") }
        let one = LoadProblem(file: "f", feature: "id \"x\"", message: "other")
        let lines = LoadProblem.perLayer(many + [one])
        #expect(lines.count == 2)
        #expect(lines[0].description == "f: 60 features (id \"p1\", id \"p2\", id \"p3\", …): no accuracy_m")
        #expect(lines[1] == one)
        #expect(LoadProblem.perLayer(Array(many.prefix(3))) == Array(many.prefix(3)))
    }
}
