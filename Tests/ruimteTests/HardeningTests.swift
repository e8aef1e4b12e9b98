import Foundation
import RuimteTestSupport
import Testing

/// What a file, a disk or a notebook must not be able to do (issue "Hardening"): each case
/// failed before its fix. The per-feature hostile inputs are in hostile_corpus.py.
@Suite struct HardeningTests {
    @Test func outputIsCreatedOnceAndOnlyRegularFilesAreReplaced() throws {
        let dir = try TestFiles.scratchDirectory()
        let target = dir.appendingPathComponent("sites.csv").path
        #expect(try ruimte("sites", "--format", "csv", "--output", target).status == 0)
        let second = try ruimte("sites", "--format", "csv", "--output", target)
        #expect(second.status == 73 && second.stderr.contains("already exists"))
        // A dangling symlink is something there: not replaced without --force.
        let link = dir.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: dir.appendingPathComponent("nowhere").path)
        #expect(try ruimte("sites", "--output", link).status == 73)
        // --force never turns a device into a regular file.
        let device = try ruimte("sites", "--output", "/dev/null", "--force")
        #expect(device.status == 73 && device.stderr.contains("not a regular file"))
        // A trailing slash names a directory.
        let slash = try ruimte("sites", "--output", dir.appendingPathComponent("new").path + "/")
        #expect(slash.status == 73 && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.csv", "sites.csv"])
    }

    @Test func aGeoPackageIntoAMissingDirectoryNamesThePathAsked() throws {
        let target = try TestFiles.scratchDirectory().appendingPathComponent("missing/leiden.gpkg").path
        let run = try ruimte("export", "--format", "gpkg", "--output", target)
        #expect(
            run.status == 73 && run.stderr.contains("\(target): the directory") && !run.stderr.contains(".tmp"),
            "\(run.stderr)")
    }

    @Test func aFullStdoutIsAnErrorNotATrap() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ruimteExecutable)
        process.arguments = ["sites"]
        process.currentDirectoryURL = TestFiles.repositoryRoot
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 73, "\(message)")
        #expect(message.contains("cannot write to standard output"))
    }

    @Test func richtafstandenMustBeFiniteAndReadable() throws {
        for value in ["inf", "1e308", "nan", "-5"] {
            let table = try TestFiles.write("r.csv", "milieucategorie,rustig,gemengd\n1,\(value),0\n")
            let run = try ruimte("pressure", "--richtafstanden", table)
            #expect(run.status == 65 && run.stderr.contains("line 2"), "\(value): \(run.stderr)")
        }
        let missing = try ruimte("pressure", "--richtafstanden", "/nonexistent/r.csv")
        #expect(missing.status == 66, "\(missing.stderr)")
    }

    @Test func distanceOptionsAreUsageErrors() throws {
        #expect(try ruimte("pressure", "--facing-distance", "inf").status == 64)
        let negative = try ruimte("distances", "--within", "-5")
        #expect(negative.status == 64 && negative.stderr.contains("'-5' is invalid"))
    }

    @Test func notebooksThatCannotBeRunSafelyAreRefused() throws {
        let unclosed = try TestFiles.write(
            "n.md", "# T\n\n```console\n$ ruimte sites --format csv\nold\n\nProse that must survive.\n")
        let update = try ruimte("notebook", "update", unclosed)
        #expect(update.status == 65 && update.stderr.contains("never closed"))
        #expect(try String(contentsOfFile: unclosed, encoding: .utf8).contains("Prose that must survive."))
        let recursive = try TestFiles.write("r.md", "```console\n$ ruimte notebook check r.md\n```\n")
        let check = try ruimte("notebook", "check", recursive)
        #expect(check.status == 65 && check.stderr.contains("cannot run `ruimte notebook`"))
    }

    @Test func aHousingSiteSharingAParkIDGetsNoParkSignal() throws {
        // A housing site with the id "amphoraweg", far from everything.
        let housing = try TestFiles.write(
            "h.geojson",
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"amphoraweg","accuracy_m":5},"geometry":{"type":"Polygon","coordinates":[[[4.60,52.10],[4.61,52.10],[4.61,52.11],[4.60,52.10]]]}}]}"#
        )
        let run = try ruimte("export", "--layer", "sites", "--housing", housing, "--bundled", "parks", "--quiet")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").filter { $0.contains("\"id\":\"amphoraweg\"") }
        #expect(lines.count == 2)
        #expect(
            lines.filter { $0.contains("\"signal\"") }.count == 1
                && lines.contains { $0.contains("woningbouwlocatie") && !$0.contains("signal") })
    }
}
