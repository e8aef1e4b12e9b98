import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// The space-pressure report in Markdown: the headline traffic-light table first, then
/// every business park, shopping centre and housing site with its overlaps, nearest
/// neighbours, milieuzonering verdicts and metrics, each table with units, the metric
/// definitions (notebooks-md/metrics.md) and the data's sources and accuracy.
public struct MarkdownReport {
    /// The analysis the report is written from.
    public let analysis: SpatialAnalysis
    /// The omgevingstype for housing sites that do not state one.
    public let areaType: AreaType
    /// A relative link to an SVG map to embed, if one was written.
    public var mapLink: String?
    /// The report's title, instead of "Ruimte: space pressure in Leiden" (`--title`, for another
    /// region or a variant); characters that would be Markdown or HTML markup (`<>[]|*_#` and the
    /// backtick) are left out, so a title can never become a link or a tag.
    public var title: String?
    /// A scenario comparison to add after the tables of the base (`report --scenario`).
    public var scenario: ScenarioComparison?
    /// Constraint layers against the sites, added after milieuzonering (`report --constraints`).
    public var constraints: ConstraintResult?
    /// The language of headings, tables and fixed sentences (site sources and reasons stay as written).
    public var language = Language.en

    /// Creates a report writer.
    public init(analysis: SpatialAnalysis, areaType: AreaType, mapLink: String? = nil) {
        self.analysis = analysis
        self.areaType = areaType
        self.mapLink = mapLink
    }

    /// The whole report. Deterministic: the same input gives the same bytes.
    public func render() throws -> String {
        let catalogue = analysis.catalogue
        let pressure = try analysis.parkPressure(areaType: areaType)
        let zoning = try analysis.zoning(areaType: areaType)
        let centres = try analysis.centrePressure()
        let l = language
        var out = introduction() + layers()
        if let mapLink { out += "![\(l(Label.reportMapCaption))](\(mapLink))\n\n" }

        out += "## \(l(Label.reportHeadline))\n\n"
        out += AnalysisTables.parkPressure(pressure).markdown(language: l) + "\n"

        out += "## \(l(Label.reportCentres))\n\n" + AnalysisTables.centrePressure(centres).markdown(language: l) + "\n"

        out += "## Milieuzonering\n\n"
        out += AnalysisTables.zoning(zoning, source: analysis.richtafstanden.source).markdown(language: l) + "\n"
        if let constraints {
            out += "## \(l(Label.reportConstraints))\n\n"
            for table in [
                ConstraintTables.headroom(constraints),
                ConstraintTables.kinds(constraints, rules: analysis.richtafstanden.source),
                ConstraintTables.sites(constraints), ConstraintTables.parks(constraints),
            ] {
                out += table.markdown(language: l) + "\n"
            }
        }

        // Each unordered pair of layers once: parks-parks, parks-centres, ..., housing-housing.
        let layers = SiteLayer.allCases
        var overlaps: [Overlap] = []
        for (i, a) in layers.enumerated() {
            for b in layers[i...] { overlaps += try analysis.overlaps(from: a, to: b) }
        }
        out += "## \(l(Label.tableOverlaps))\n\n" + AnalysisTables.overlaps(overlaps).markdown(language: l) + "\n"

        out += "## \(l(Label.reportNearest))\n\n"
        let nearest =
            try analysis.nearest(from: .parks, to: .housing) + analysis.nearest(from: .centres, to: .housing)
            + analysis.nearest(from: .housing, to: .parks)
        out += AnalysisTables.nearest(nearest).markdown(language: l) + "\n"

        if let scenario {
            out += "## \(l(Label.reportScenario(.text(scenario.name))))\n\n"
            for table in [
                ScenarioTables.metrics(scenario, all: false), ScenarioTables.verdicts(scenario),
                ScenarioTables.totals(scenario),
            ] {
                out += table.markdown(language: l) + "\n"
            }
        }

        out += "## \(l(Label.tableSites))\n\n"
        for record in catalogue.allRecords {
            out += site(record, zoning: zoning.checks, pressure: pressure, overlaps: overlaps)
        }
        out += "## \(l(Label.reportDefinitions))\n\n"
        for d in MetricDefinitions.all() { out += "- **\(d.code)** \(l(d.definition))\n" }
        out += "\n" + l(Label.reportFullDefinitions) + "\n"
        return out
    }

    /// One site's section: id, accuracy, sources and notes, its checks, signal and overlaps.
    private func site(_ record: SiteRecord, zoning: [ZoningCheck], pressure: [ParkPressure], overlaps: [Overlap])
        -> String
    {
        let l = language, ref = SiteRef(record)
        var out = "### \(record.name) (\(record.layer.kind))\n\n"
        out += "- " + l(Label.reportSiteID(.text(record.id), .number(record.accuracy, 0))) + "\n"
        for (key, source) in record.sources.sorted(by: { $0.key < $1.key }) {
            out += "- " + l(Label.reportSiteSource(.text(key), .text(source))) + "\n"
        }
        for (key, note) in record.notes.sorted(by: { $0.key < $1.key }) {
            out += "- " + l(Label.reportSiteNote(.text(key), .text(note))) + "\n"
        }
        let checks = zoning.filter { $0.park == ref || $0.housing == ref }
        if !checks.isEmpty {
            let conflicts = checks.filter { $0.verdict == .conflict }.count
            let undetermined = checks.filter { $0.verdict == .undetermined }.count
            let counts = [checks.count, conflicts, undetermined].map { Phrase.Argument.number(Double($0), 0) }
            out += "- " + l(.label(Label.reportSiteChecks, counts)) + "\n"
        }
        if let p = pressure.first(where: { $0.park == ref }) {
            let reasons = Phrase.joined(p.reasons.map(\.phrase), separator: "; ")
            out += "- " + l(Label.reportSiteSignal(.label(p.light.label), .phrase(reasons))) + "\n"
        }
        for o in overlaps where o.a == ref || o.b == ref {
            let other = o.a == ref ? o.b : o.a
            out += "- " + l(Label.reportSiteOverlap(.text(other.name), .number(o.hectares, 2))) + "\n"
        }
        return out + "\n"
    }

    /// Where each layer came from, so that a reader sees which are Leiden's and which their own;
    /// empty for a catalogue built without origins.
    private func layers() -> String {
        let catalogue = analysis.catalogue
        guard !catalogue.origins.isEmpty else { return "" }
        let names: [SiteLayer: Label] = [
            .parks: .reportLayerParks, .centres: .reportLayerCentres, .housing: .reportLayerHousing,
        ]
        var out = "\(language(Label.reportLayers)):\n\n"
        for layer in SiteLayer.allCases {
            guard let origin = catalogue.origins[layer], let name = names[layer] else { continue }
            let count = Phrase.Argument.number(Double(catalogue.records(layer).count), 0)
            let line: Phrase =
                switch origin {
                case .bundled: Label.reportLayerBundled(.label(name), count)
                // In a code span: a backtick or a line end would end it.
                case .file(let file):
                    Label.reportLayerFile(
                        .label(name), .text(String(file.filter { $0 != "`" && !$0.isNewline })), count)
                case .none: Label.reportLayerNone(.label(name))
                }
            out += "- " + language(line) + "\n"
        }
        return out + "\n"
    }

    /// The title, what was loaded, and the accuracy caveat (a blockquote, which the HTML
    /// report shows as the caveat box).
    /// The title line's text.
    private var heading: String {
        title.map { String($0.map { $0.isNewline ? " " : $0 }.filter { !"<>[]|*_#`\\".contains($0) }) }
            ?? language(Label.reportTitle)
    }

    private func introduction() -> String {
        let catalogue = analysis.catalogue
        let accuracies = catalogue.allRecords.map(\.accuracy)
        let spread =
            "\(FixedDecimal.format(accuracies.min() ?? 0, 0))-\(FixedDecimal.format(accuracies.max() ?? 0, 0)) m"
        let counts = "\(catalogue.parks.count) / \(catalogue.centres.count) / \(catalogue.housing.count)"
        switch language {
        case .en:
            return "# \(heading)\n\n"
                + "Business parks (bedrijventerreinen), shopping centres (wijkwinkelcentra) and housing sites "
                + "(woningbouwlocaties): "
                + "\(counts) sites. Areas and distances in RD New (EPSG:28992). Milieuzonering is indicative (VNG "
                + "2009), for housing in a "
                + "\(areaType.dutchName) unless a site states its own type. Metric definitions: [at the "
                + "end](#definitions).\n\n"
                + "> The outlines are accurate to \(spread) per site as stated; the bundled ones are hand-digitised "
                + "from public descriptions "
                + "(geodata/README.md). Verdicts whose margin is smaller than the summed accuracy of the two "
                + "outlines read "
                + "\"undetermined at this accuracy\"; missing figures read \"–\" (no data), never 0; each table "
                + "explains its short headers under it.\n\n"
        case .nl:
            return "# \(heading)\n\n"
                + "Bedrijventerreinen, wijkwinkelcentra en woningbouwlocaties: \(counts) locaties. Oppervlakten en "
                + "afstanden in RD New "
                + "(EPSG:28992). Milieuzonering is indicatief (VNG 2009), voor woningbouw in een "
                + "\(areaType.dutchName) tenzij een locatie "
                + "een eigen omgevingstype opgeeft. Definities van de maten: [aan het eind](#definitions).\n\n"
                + "> De contouren zijn per locatie nauwkeurig tot \(spread), zoals opgegeven; de meegeleverde zijn "
                + "met de hand getekend naar "
                + "openbare beschrijvingen (geodata/README.md). Oordelen met een marge kleiner dan de opgetelde "
                + "nauwkeurigheid van beide "
                + "contouren zijn \"onbepaald\"; ontbrekende gegevens staan er als \"–\" (geen gegevens), nooit als "
                + "0; elke tabel legt "
                + "haar korte kopjes eronder uit.\n\n"
        }
    }
}
