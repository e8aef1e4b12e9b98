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
    @Option(help: ArgumentHelp("Write to this file instead of stdout (atomically).", valueName: "file")) var output: String?
    @Flag(help: "Replace the --output file if it exists.") var force = false
    @Flag(help: "No progress or warnings on stderr.") var quiet = false

    func run() throws {
        try guarded {
            let analysis = try input.analysis(quiet: quiet)
            let text = try MarkdownReport(analysis: analysis, areaType: areaType, mapLink: map).render()
            try OutputWriter(path: output, force: force).write(text)
        }
    }
}
