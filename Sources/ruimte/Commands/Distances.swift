import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte distances`: edge and centroid distances between two layers.
struct Distances: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Edge-to-edge and centroid distances (m) for every pair across two layers, or the nearest site only.",
        discussion: """
            With --within D only pairs within D metres are listed, each with a verdict that says
            "undetermined at this accuracy" where the outlines are too inaccurate to tell.
            Example: ruimte distances --from centres --to housing --within 500
            """)

    @Option(help: "Layer to measure from: parks, centres or housing.") var from: SiteLayer = .parks
    @Option(help: "Layer to measure to: parks, centres or housing.") var to: SiteLayer = .housing
    @Option(
        name: .customLong("within"), parsing: .unconditional,
        help: ArgumentHelp("Keep pairs within this many metres (0 or more).", valueName: "metres"))
    var withinMetres: Metres?
    var within: Double? { withinMetres?.value }
    @Flag(help: "Only the nearest site of the other layer for each site.") var nearest = false
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if nearest && within != nil { throw ValidationError("--nearest and --within cannot be combined") }
    }

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        let table =
            nearest
            ? AnalysisTables.nearest(try analysis.nearest(from: from, to: to))
            : AnalysisTables.distances(try analysis.distances(from: from, to: to, within: within), within: within)
        try output.write([table])
    }
}
