import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte sites`: the loaded sites with their area, figures and accuracy.
struct Sites: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the loaded sites with kind, area (ha), key figures and positional accuracy.",
        discussion: "Example: ruimte sites --format csv --output sites.csv")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write([AnalysisTables.sites(input.analysis(quiet: output.quiet))])
    }
}
