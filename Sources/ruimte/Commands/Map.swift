import ArgumentParser
import Foundation
import RuimteDomain
import RuimteReports

/// `ruimte map`: the SVG map.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Draw a map for a memo (RD New): parks by signal, housing, centres, richtafstand contours, conflicts "
            + "and undetermined checks, legend, sources; SVG, PNG or PDF.",
        discussion: """
            Example: ruimte map --output leiden.svg && ruimte report --map leiden.svg --output leiden.md
            PNG and PDF (from the --output name, or --format) are rendered from the SVG by rsvg-convert (Debian \
            package librsvg2-bin).
            A variant with headroom: ruimte map --scenario notebooks-md/data/wernink-scenario.json --variant 1 \
            --headroom 3.2 --output wernink.svg
            """)

    @Option(help: "Omgevingstype for contours and checks: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(
        help: ArgumentHelp(
            "Draw where this milieucategorie may still go in every zone (allowed, undetermined).", valueName: "category"
        ))
    var headroom: Milieucategorie?
    @Option(
        help: ArgumentHelp(
            "A scenario file: draw one of its variants (with --variant) instead of the base.", valueName: "file"))
    var scenario: String?
    @Option(help: ArgumentHelp("The variant to draw, counted from 1.", valueName: "n")) var variant: Int?
    @Option(help: ArgumentHelp("The date under the title (default: today, UTC).", valueName: "YYYY-MM-DD")) var date:
        String?
    @Option(help: ArgumentHelp("svg, png or pdf (default: from the --output name, else svg).", valueName: "format"))
    var format: MapFormat?
    @Option(help: "Language of the title, legend and sources line: en or nl.") var lang: Language = .en
    @Option(
        help: ArgumentHelp(
            "The map's title (default: \"Space for work and housing in Leiden\"; a variant map names its variant).",
            valueName: "text"))
    var title: String?
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Context layers drawn underneath (water, rail, a boundary), in any format the loader reads; any "
                + "geometry type, ids optional.",
            valueName: "file"))
    var context: [String] = []
    @OptionGroup var input: InputOptions
    @OptionGroup var constraintLayers: ConstraintOptions
    @OptionGroup var destination: DestinationOptions

    func validate() throws {
        if (scenario == nil) != (variant == nil) { throw ValidationError("--scenario and --variant go together") }
        if let variant, variant < 1 { throw ValidationError("--variant counts from 1") }
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--date takes YYYY-MM-DD")
        }
    }

    func run() throws {
        var catalogue = try input.catalogue(quiet: destination.quiet)
        if let scenario, let variant {
            let file = try ScenarioFile.read(scenario)
            guard variant <= file.variants.count else {
                throw CLIError(
                    status: .usage,
                    message: "\(scenario) has \(file.variants.count) variants; --variant \(variant) is not one of them")
            }
            var loader = try input.loader()
            catalogue = try catalogue.applying(
                file.variants[variant - 1], index: variant - 1, file: scenario, loader: &loader)
        }
        var map = SVGMap(
            analysis: try SpatialAnalysis(catalogue: catalogue, richtafstanden: input.table()), areaType: areaType)
        map.headroomCategory = headroom
        map.constraints = try constraintLayers.load(input, quiet: destination.quiet)
        map.date = date ?? Self.today()
        map.language = lang
        if let title { map.title = .verbatim(title) }
        if let scenario, let variant { map.variant = try ScenarioFile.read(scenario).variants[variant - 1].name }
        var loader = try input.loader()
        for file in context {
            map.contextLayers.append(((file as NSString).lastPathComponent, try loader.context(file)))
        }
        let svg = try map.render()
        let chosen = try OutputName.resolve(
            explicit: format, default: .svg, path: destination.output,
            formats: ["svg": MapFormat.svg, "png": .png, "pdf": .pdf], command: "map")
        switch chosen {
        case .svg: try destination.writer.write(svg)
        case let raster: try destination.writer.writeFile { try MapRenderer.convert(svg, to: raster, output: $0) }
        }
    }
}

extension Map {
    /// Today's date in UTC, as the map's title block shows it.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
