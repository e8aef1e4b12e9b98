import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte report`: the Markdown space-pressure report.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write the Markdown space-pressure report: headline signal per park, shopping centres, milieuzonering, "
            + "overlaps, nearest neighbours, every site with its sources.",
        discussion: """
            Example: ruimte report --output leiden-report.md
            For a memo: ruimte report --format html --output leiden.html (one file, map inline, opens in any browser \
            offline)
            With --constraints FILE the report adds the constraints on each housing site and park, the verdict per \
            kind and the buildable headroom (see ruimte constraints --help), and the HTML map draws them.
            """)

    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType =
        .rustig
    @Option(help: ArgumentHelp("Link this SVG map in the Markdown report.", valueName: "file")) var map: String?
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "markdown, or html: one self-contained file with the map inline and the metric definitions (default: "
                + "from the --output name, .md or .html, else markdown)."))
    var formatOption: Format?

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }
    @Option(help: "Language of headings, tables and fixed sentences: en or nl (sources and reasons stay as written).")
    var lang: Language = .en
    @Option(
        help: ArgumentHelp("The report's title (default: \"Ruimte: space pressure in Leiden\").", valueName: "text"))
    var title: String?
    @Option(
        help: ArgumentHelp(
            "Add the comparison of this scenario file's variants (see ruimte scenario --help).", valueName: "file"))
    var scenario: String?
    @OptionGroup var input: InputOptions
    @OptionGroup var constraintLayers: ConstraintOptions
    @OptionGroup var destination: DestinationOptions

    func run() throws {
        let analysis = try input.analysis(quiet: destination.quiet)
        var report = MarkdownReport(analysis: analysis, areaType: areaType, mapLink: map)
        report.language = lang
        report.title = title
        report.scenario = try scenario.map { try input.comparison($0, areaType: areaType, quiet: true) }
        let constraints = try constraintLayers.load(input, quiet: destination.quiet)
        if !constraints.isEmpty { report.constraints = try analysis.constraints(constraints, areaType: areaType) }
        let format = try OutputName.resolve(
            explicit: formatOption, default: .markdown, path: destination.output,
            formats: ["md": .markdown, "markdown": .markdown, "html": .html, "htm": .html], command: "report")
        switch format {
        case .markdown:
            try destination.writer.write(try report.render())
        case .html:
            report.mapLink = "map"
            let markdown = try report.render()
            var drawing = SVGMap(analysis: analysis, areaType: areaType)
            drawing.language = lang
            drawing.constraints = constraints
            if let title { drawing.title = .verbatim(title) }
            let svg = try drawing.render()
            var page = HTMLReport(markdown: markdown, svgMap: svg)
            page.language = lang
            page.title = title
            try destination.writer.write(page.render())
        }
    }
}
