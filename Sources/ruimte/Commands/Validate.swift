import ArgumentParser
import Foundation
import RuimteDomain

/// `ruimte validate`: check layers and list every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check layer files and list every problem with file, feature and reason (exit 65 if any).",
        discussion: "Example: ruimte validate --as parks my-ibis-export.geojson")

    @Option(help: "Read the files as: parks, centres or housing.") var `as`: SiteLayer = .parks
    @Option(help: "CRS of files that declare none: auto (WGS84) or an EPSG code.") var crs: InputCRS = .auto
    @Argument(help: ArgumentHelp("GeoJSON files to check.", valueName: "file")) var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to check") }
    }

    func run() throws {
        var worst: ExitStatus = .success
        for file in files {
            var loader = try LayerLoader(crs: crs)
            do {
                let count: Int = switch `as` {
                case .parks: try loader.parks(file).count
                case .centres: try loader.centres(file).count
                case .housing: try loader.housing(file).count
                }
                for w in loader.warnings { Diagnostics.warning(w.description) }
                print("\(file): ok, \(count) \(count == 1 ? "feature" : "features")")
            } catch {
                for problem in error.problems { Diagnostics.error(problem.description) }
                let status = ExitStatus(error.reason)
                if worst == .success || status == .badData { worst = status }
            }
        }
        if worst != .success { throw ExitCode(worst.rawValue) }
    }
}
