import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte scenario`: every metric under a base and its variants, side by side.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract:
            "Compare variants of the layers (a site moved from housing to business land, a category changed, "
            + "dwellings added): every park and centre metric side by side with the change, the zoning verdicts "
            + "that change, business land and dwellings.",
        discussion: """
            The variants are a JSON file; see notebooks-md/wernink-amphoraweg.md for an example:
              {"name": "...", "variants": [{"name": "...", "changes": [{"move": "wernink", "to": "parks", "join": \
            "amphoraweg", "milieucategorie": "3.2"}]}]}
            Changes: move (to parks, with join and milieucategorie; to housing, with planned_dwellings and \
            area_type), set (milieucategorie,
            planned_dwellings, area_type), remove, add (a file of sites, with layer). The base is the bundled layers \
            or --parks/--centres/--housing.
            Example: ruimte scenario notebooks-md/data/wernink-scenario.json
            """)

    @Argument(help: ArgumentHelp("The scenario file (JSON).", valueName: "file")) var file: String
    @Option(help: "Which tables: metrics, verdicts, totals or all.") var of: Of = .all
    @Flag(help: "Every metric row, also those where no variant differs from the base.") var all = false
    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType =
        .rustig
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    enum Of: String, ExpressibleByArgument, CaseIterable { case metrics, verdicts, totals, all }

    func run() throws {
        var comparison = try input.comparison(file, areaType: areaType, quiet: output.quiet)
        if !input.sites.isEmpty {
            let wanted = Set(input.sites.map { $0.lowercased() })
            func kept(_ site: SiteRef) -> Bool {
                wanted.contains(site.id.lowercased()) || wanted.contains(site.name.lowercased())
            }
            for i in comparison.pressure.indices {
                comparison.pressure[i].parks.removeAll { !kept($0.park) }
                comparison.pressure[i].centres.removeAll { !kept($0.centre) }
            }
            comparison.verdictChanges.removeAll {
                !wanted.contains($0.park) && !wanted.contains($0.housing) && !wanted.contains($0.zone)
            }
        }
        var tables: [Table] = []
        if of == .metrics || of == .all { tables.append(ScenarioTables.metrics(comparison, all: all)) }
        if of == .verdicts || of == .all { tables.append(ScenarioTables.verdicts(comparison)) }
        if of == .totals || of == .all { tables.append(ScenarioTables.totals(comparison)) }
        try output.write(tables)
    }
}
