import ArgumentParser
import RuimteDomain
import RuimteReports

extension Milieucategorie: ExpressibleByArgument {}

/// `ruimte headroom`: where each milieucategorie may still go in each park zone, and where
/// dwellings may stand in each housing site.
struct HeadroomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headroom",
        abstract:
            "Where each milieucategorie may still go in each park zone given the housing around it, and where "
            + "dwellings may stand in each housing site (ha allowed, undetermined, not allowed).",
        discussion: """
            A band of the summed positional accuracy around every richtafstand contour is "undetermined", never \
            silently in or out.
            The polygons: ruimte export --layer headroom. Example: ruimte headroom --of parks --category 3.2 --site \
            amphoraweg
            """)

    enum Of: String, ExpressibleByArgument, CaseIterable { case parks, housing }

    @Option(help: "Which table: parks (per zone and category) or housing.") var of: Of = .parks
    @Option(help: "Only this milieucategorie (repeat for more; default: all).") var category: [Milieucategorie] = []
    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType =
        .rustig
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        switch of {
        case .parks:
            let rows = try analysis.zoneHeadroom(
                areaType: areaType, categories: category.isEmpty ? Milieucategorie.allCases : category)
            try output.write([HeadroomTables.zones(rows, areaType: areaType)])
        case .housing:
            try output.write([HeadroomTables.housing(try analysis.housingHeadroom(areaType: areaType))])
        }
    }
}
