import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte map`: the SVG map.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw an SVG map (RD New) of the sites with names, richtafstand contours and conflict segments, scale bar and north arrow.",
        discussion: "Example: ruimte map --output leiden.svg && ruimte report --map leiden.svg --output leiden.md")

    @Option(help: "Omgevingstype for contours and checks: rustig or gemengd.") var areaType: AreaType = .rustig
    @OptionGroup var input: InputOptions
    @OptionGroup var destination: DestinationOptions

    func run() throws {
        try guarded {
            let svg = try SVGMap(analysis: input.analysis(quiet: destination.quiet), areaType: areaType).render()
            try destination.writer.write(svg)
        }
    }
}
