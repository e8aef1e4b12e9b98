import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte zoning`: indicative milieuzonering (VNG 2009) of park zones against housing.
struct Zoning: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Milieuzonering (indicative, VNG 2009): required and actual distance, conflict, shortfall per park zone "
            + "and housing site.",
        discussion: """
            A conflict is a distance strictly smaller than the richtafstand; exactly at it complies.
            Example: ruimte zoning --area-type gemengd --site rooseveltstraat
            """)

    @Option(
        help: "Omgevingstype of housing that does not state one: rustig (rustige woonwijk) or gemengd (gemengd gebied)."
    )
    var areaType: AreaType = .rustig
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        try output.write([
            AnalysisTables.zoning(analysis.zoning(areaType: areaType), source: analysis.richtafstanden.source)
        ])
    }
}
