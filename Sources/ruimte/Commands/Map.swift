import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte map`: the SVG map.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw an SVG map (RD New) of the sites with names, richtafstand contours and conflict segments, scale bar and north arrow.",
        discussion: """
        Example: ruimte map --output leiden.svg && ruimte report --map leiden.svg --output leiden.md
        A variant with headroom: ruimte map --scenario notebooks-md/data/wernink-scenario.json --variant 1 --headroom 3.2 --output wernink.svg
        """)

    @Option(help: "Omgevingstype for contours and checks: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(help: ArgumentHelp("Draw where this milieucategorie may still go in every zone (allowed, undetermined).", valueName: "category"))
    var headroom: Milieucategorie?
    @Option(help: ArgumentHelp("A scenario file: draw one of its variants (with --variant) instead of the base.", valueName: "file"))
    var scenario: String?
    @Option(help: ArgumentHelp("The variant to draw, counted from 1.", valueName: "n")) var variant: Int?
    @OptionGroup var input: InputOptions
    @OptionGroup var destination: DestinationOptions

    func validate() throws {
        if (scenario == nil) != (variant == nil) { throw ValidationError("--scenario and --variant go together") }
        if let variant, variant < 1 { throw ValidationError("--variant counts from 1") }
    }

    func run() throws {
        try guarded {
            var catalogue = try input.catalogue(quiet: destination.quiet)
            if let scenario, let variant {
                let file = try ScenarioFile.read(scenario)
                guard variant <= file.variants.count else {
                    throw CLIError(status: .usage, message: "\(scenario) has \(file.variants.count) variants; --variant \(variant) is not one of them")
                }
                var loader = try input.loader()
                catalogue = try catalogue.applying(file.variants[variant - 1], index: variant - 1, file: scenario, loader: &loader)
            }
            var map = SVGMap(analysis: try SpatialAnalysis(catalogue: catalogue, richtafstanden: input.table()), areaType: areaType)
            map.headroomCategory = headroom
            try destination.writer.write(try map.render())
        }
    }
}
