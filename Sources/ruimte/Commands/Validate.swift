import ArgumentParser
import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry
import RuimteReports

/// `ruimte validate`: check layers and list every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Check layer files and list every problem with file, feature and reason (exit 65 if any), and the "
            + "attributes Ruimte does not use.",
        discussion: """
            Any format the loader reads: GeoJSON, GeoPackage, Shapefile, GML, FlatGeobuf, CSV with WKT, PG:..., \
            path|layername=NAME.
            Example: ruimte validate --as parks my-ibis-export.gpkg
            """)

    /// What the files hold.
    enum Kind: String, ExpressibleByArgument, CaseIterable { case parks, zones, centres, housing, buildings, dwellings }

    @Option(help: "Read the files as: parks, zones (milieuzones), centres, housing, buildings or dwellings.")
    var `as`: Kind = .parks
    @Option(help: "CRS of files that declare none: auto (WGS84) or an EPSG code.") var crs: InputCRS = .auto
    @Option(
        help:
            ArgumentHelp(
                "Threads for buildings and dwellings layers (each with its own GEOS session); the result is the same "
                    + "for any number.")
    )
    var threads = 2
    @OptionGroup var loading: LoaderOptions
    @OptionGroup var bag: BAGOptions
    @Argument(help: ArgumentHelp("Layer files to check.", valueName: "file")) var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to check") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var worst: ExitStatus = .success
        for file in files {
            var loader = try LayerLoader(crs: crs)
            try loading.configure(&loader)
            var report = ""
            do {
                let summary = try check(file, with: &loader)
                for w in LoadProblem.perLayer(loader.warnings) { Diagnostics.warning(w.description) }
                report = "\(SecretMask.masked(file)): ok, \(summary)\n"
                if let unused = loader.attributeUse[file]?.unused, !unused.isEmpty {
                    report += "  attributes Ruimte does not use: \(unused.joined(separator: ", "))\n"
                }
            } catch {
                Diagnostics.report(error)
                let status = error.exitStatus
                if worst == .success || status == .badData { worst = status }
            }
            try OutputWriter(path: nil, force: false).write(report)
        }
        if worst != .success { throw ExitCode(worst.rawValue) }
    }

    /// Loads `file` as the chosen kind and describes what was read.
    private func check(_ file: String, with loader: inout LayerLoader) throws(LayerError) -> String {
        func features(_ n: Int) -> String { "\(n) \(n == 1 ? "feature" : "features")" }
        switch `as` {
        case .parks: return features(try loader.parks(file).count)
        case .zones: return features(try loader.zones(file).count)
        case .centres: return features(try loader.centres(file).count)
        case .housing: return features(try loader.housing(file).count)
        case .buildings:
            let table = try bag.floorsFrom.map { f throws(LayerError) in try loader.floorsTable(f) }
            let load = try loader.buildings(
                file, threads: threads, filter: bag.buildingFilter, on: bag.date, floorsFrom: table)
            return "\(features(load.layer.count)); \(Language.en(.joined(load.notes, separator: "; ")))"
        case .dwellings:
            let load = try loader.dwellings(file, threads: threads, on: bag.date)
            return "\(features(load.read)); \(Language.en(load.note))"
        }
    }
}
