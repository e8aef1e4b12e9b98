import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte overlaps`: shared area between two layers.
struct Overlaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shared area (m2, ha, share of each site) for every overlapping pair of two layers.",
        discussion: "Example: ruimte overlaps --from parks --to housing")

    @Option(help: "Layer to compare from: parks, centres or housing.") var from: SiteLayer = .parks
    @Option(help: "Layer to compare with: parks, centres or housing.") var to: SiteLayer = .housing
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        try output.write([AnalysisTables.overlaps(analysis.overlaps(from: from, to: to))])
    }
}
