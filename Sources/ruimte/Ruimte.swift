import ArgumentParser
import Foundation
import RuimteGeometry

/// `ruimte`: where space for work and space for housing collide in Leiden.
@main
struct Ruimte: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruimte",
        abstract:
            "Where space for work and space for housing collide: overlaps, distances, milieuzonering and space "
            + "pressure for Leiden.",
        discussion: """
            Every command works on the bundled Leiden geodata, or on your own layers with --parks, --zones, --centres \
            and --housing (GeoJSON in WGS84 or RD New, or an IBIS terrain export). Areas and distances are computed \
            in RD New (EPSG:28992). Results go to stdout, messages to stderr.

            Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input file missing or unreadable, 69 a \
            program or library it needs is missing (rsvg-convert for PNG/PDF maps, GDAL for formats other than \
            GeoJSON), 70 internal error, 73 cannot create the output file.

            Examples, on the bundled data:
              ruimte pressure
              ruimte zoning --site rooseveltstraat --area-type gemengd
            """,
        version: "0.1.0",
        subcommands: [
            Sites.self, Overlaps.self, Distances.self, Zoning.self, Pressure.self, Report.self, Export.self,
            Validate.self,
            Map.self, Intensity.self, HeadroomCommand.self, ConstraintsCommand.self, ScenarioCommand.self,
            Notebook.self,
        ],
        defaultSubcommand: nil)

    /// A closed stdout (`ruimte pressure | head -1`) must give an error from `write`, not a
    /// SIGPIPE death, so that every output path reports its failures the same way.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        if let suggestion = suggestion(for: Array(CommandLine.arguments.dropFirst())) {
            Diagnostics.error(suggestion)
            exit(withError: ExitCode(ExitStatus.usage.rawValue))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ReportedError {
            exit(withError: report(error))
        } catch {
            exit(withError: error)
        }
    }

    /// "did you mean …" for a first argument that is no command but close to one (`presure`).
    static func suggestion(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help" else { return nil }
        let names = configuration.subcommands.map { $0._commandName }
        guard !names.contains(first) else { return nil }
        let scored = names.map { ($0, editDistance(first.lowercased(), $0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let (best, distance) = scored.first, distance <= max(2, best.count / 3) else {
            return "'\(first)' is not a ruimte command; the commands are \(names.joined(separator: ", "))"
        }
        return "'\(first)' is not a ruimte command; did you mean '\(best)'? (ruimte \(best) --help)"
    }

    /// The Levenshtein distance between `a` and `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let kept = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = kept
            }
        }
        return row[b.count]
    }
}
