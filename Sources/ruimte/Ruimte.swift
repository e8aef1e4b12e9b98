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
            Map.self, Intensity.self, HeadroomCommand.self, ScenarioCommand.self, Notebook.self,
        ],
        defaultSubcommand: nil)

    /// A closed stdout (`ruimte pressure | head -1`) must give an error from `write`, not a
    /// SIGPIPE death, so that every output path reports its failures the same way.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ReportedError {
            exit(withError: report(error))
        } catch {
            exit(withError: error)
        }
    }
}
