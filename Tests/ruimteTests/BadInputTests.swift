import Foundation
import RuimteTestSupport
import Testing

/// The documented exit code and a message naming file and feature for every kind of bad
/// input; never a crash, never a partial output file.
@Suite struct BadInputTests {
    func expectFailure(_ file: String, status: Int32, words: String, feature: String? = nil) throws {
        let dir = try TestFiles.scratchDirectory()
        let output = dir.appendingPathComponent("out.csv").path
        let run = try ruimte("overlaps", "--parks", file, "--format", "csv", "--output", output)
        #expect(run.status == status, "\(file): \(run.stderr)")
        #expect(run.stderr.contains(file), "\(run.stderr)")
        #expect(run.stderr.contains(words), "\(run.stderr)")
        if let feature { #expect(run.stderr.contains(feature), "\(run.stderr)") }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        #expect(!run.stderr.contains("Fatal error") && run.status != 132 && run.status != 134)
    }

    @Test func malformedAndTruncatedJSON() throws {
        try expectFailure(
            try TestFiles.write("m.geojson", "{\"type\": FeatureCollection}"), status: 65, words: "not valid JSON")
        try expectFailure(
            try TestFiles.write("t.geojson", String(layer(#""id":"a""#).dropLast(20))), status: 65, words: "truncated")
    }

    @Test func zeroBytesFailAndAnEmptyCollectionReadsAsNone() throws {
        try expectFailure(try TestFiles.write("z.geojson", ""), status: 65, words: "0 bytes")
        // A municipality without shopping centres: the table says none, and a warning names the file.
        let empty = try TestFiles.write("e.geojson", #"{"type":"FeatureCollection","features":[]}"#)
        let run = try ruimte("pressure", "--of", "centres", "--centres", empty, "--bundled", "parks,housing")
        #expect(run.status == 0 && run.stdout.contains("(none)"), "\(run.stderr)")
        #expect(run.stderr.contains("\(empty): the layer has no features: read as none"), "\(run.stderr)")
    }

    @Test func bowTie() throws {
        try expectFailure(
            try TestFiles.write(
                "b.geojson",
                layer(
                    #""id":"bow","accuracy_m":5"#,
                    ring: "[[4.47,52.15],[4.48,52.16],[4.48,52.15],[4.47,52.16],[4.47,52.15]]")),
            status: 65, words: "Self-intersection", feature: "id \"bow\"")
    }

    @Test func wrongCoordinates() throws {
        try expectFailure(
            try TestFiles.write(
                "rd.geojson",
                layer(#""id":"rd""#, ring: "[[93000,463000],[93100,463000],[93100,463100],[93000,463000]]")),
            status: 65, words: "look like RD New", feature: "id \"rd\"")
        try expectFailure(
            try TestFiles.write(
                "sw.geojson", layer(#""id":"sw""#, ring: "[[52.15,4.47],[52.15,4.48],[52.16,4.48],[52.15,4.47]]")),
            status: 65, words: "swapped", feature: "id \"sw\"")
    }

    @Test func idsAndAttributes() throws {
        try expectFailure(
            try TestFiles.write("noid.geojson", layer(#""name":"Anon""#)), status: 65, words: "has no id",
            feature: "feature #1")
        let one =
            #"{"type":"Feature","properties":{"id":"twin"},"geometry":{"type":"Polygon","coordinates":[[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.15]]]}}"#
        try expectFailure(
            try TestFiles.write("dup.geojson", #"{"type":"FeatureCollection","features":[\#(one),\#(one)]}"#),
            status: 65, words: "duplicate id", feature: "id \"twin\"")
        try expectFailure(
            try TestFiles.write("cat.geojson", layer(#""id":"c","milieucategorie":"7""#)), status: 65,
            words: "unknown milieucategorie \"7\"", feature: "id \"c\"")
    }

    @Test func unreadableInputs() throws {
        let dir = try TestFiles.scratchDirectory().path
        try expectFailure(dir, status: 66, words: "is a directory")
        try expectFailure(dir + "/nothing-here.geojson", status: 66, words: "no such file")
    }

    @Test func unwritableOutputDirectory() throws {
        let run = try ruimte("sites", "--output", "/proc/ruimte-cannot-write/sites.txt")
        #expect(run.status == 73 && run.stderr.contains("/proc/ruimte-cannot-write"))
    }

    @Test func usageErrors() throws {
        #expect(try ruimte("overlaps", "--from", "roads").status == 64)
        #expect(try ruimte("validate").status == 64)
        #expect(try ruimte("nonsense").status == 64)
    }

    @Test func validateListsEveryProblem() throws {
        let file = try TestFiles.write("v.geojson", layer(#""id":"x","milieucategorie":"3.5","jobs":"many""#))
        let run = try ruimte("validate", file)
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file): id \"x\": unknown milieucategorie \"3.5\""))
        #expect(run.stderr.contains("\(file): id \"x\": \"jobs\" is a string"))
    }
}
