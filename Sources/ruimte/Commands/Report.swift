import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte report`: the Markdown space-pressure report.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the Markdown space-pressure report: headline signal per park, shopping centres, milieuzonering, overlaps, nearest neighbours, every site with its sources.",
        discussion: "Example: ruimte report --output leiden-report.md")

    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(help: ArgumentHelp("Link this SVG map in the report.", valueName: "file")) var map: String?
    @OptionGroup var input: InputOptions
    @OptionGroup var destination: DestinationOptions

    func run() throws {
        try guarded {
            let analysis = try input.analysis(quiet: destination.quiet)
            let text = try MarkdownReport(analysis: analysis, areaType: areaType, mapLink: map).render()
            try destination.writer.write(text)
        }
    }
}
