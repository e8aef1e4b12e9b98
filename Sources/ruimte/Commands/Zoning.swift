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
    @Flag(
        help: ArgumentHelp(
            "With --plan: check the zones against the plan's wonen and gemengd bestemmingen (existing sensitive "
                + "functions) instead of the housing sites."))
    var existing = false
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if existing && input.plan == nil { throw ValidationError("--existing needs --plan: the plan's bestemmingen") }
    }

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        if existing, let plan = input.plan {
            var loader = try input.loader()
            let sites = try loader.plan(plan).sensitiveSites
            try output.write([
                AnalysisTables.zoning(
                    analysis.zoning(areaType: areaType, against: sites), source: analysis.richtafstanden.source,
                    existing: true)
            ])
            return
        }
        try output.write([
            AnalysisTables.zoning(analysis.zoning(areaType: areaType), source: analysis.richtafstanden.source)
        ])
    }
}
