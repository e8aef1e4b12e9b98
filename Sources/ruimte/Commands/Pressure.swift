import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte pressure`: the space-pressure metrics and the per-park traffic light.
struct Pressure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Space-pressure metrics: per business park (BP-2 to BP-7 and a traffic light) and per shopping centre "
            + "(SC-1, SC-3).",
        discussion: "Example: ruimte pressure --of parks --area-type gemengd")

    enum Of: String, ExpressibleByArgument, CaseIterable { case parks, centres, both }

    @Option(help: "Which table: parks, centres or both.") var of: Of = .both
    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType =
        .rustig
    @Option(
        name: .customLong("facing-distance"), parsing: .unconditional,
        help: ArgumentHelp(
            "BP-5 distance X in metres, 0 or more (default: the richtafstand of the park's heaviest category in "
                + "gemengd gebied).",
            valueName: "metres"))
    var facingMetres: Metres?
    var facingDistance: Double? { facingMetres?.value }
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        var tables: [Table] = []
        if of != .centres {
            tables.append(
                AnalysisTables.parkPressure(
                    try analysis.parkPressure(areaType: areaType, facingDistance: facingDistance)))
        }
        if of != .parks { tables.append(AnalysisTables.centrePressure(try analysis.centrePressure())) }
        try output.write(tables)
    }
}
