import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte intensity`: Spacematrix per park from buildings, and existing dwellings near
/// zones and centres, from large official layers (BAG).
struct Intensity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Spacematrix GSI/FSI per business park from a buildings layer, and existing dwellings within each "
            + "zone's richtafstand and each centre's catchments from a dwellings layer.",
        discussion: """
            Buildings: polygons, with floors from "floors", "bouwlagen", "b3_bouwlagen" or "building:levels", else \
            from a height ("height", "hoogte", 3DBAG "b3_h_dak_70p" or "b3_h_70p") at --storey-height, else from \
            --floors-from; without any, FSI is no data. A Kadaster LV BAG extract counts each pand's voorkomen \
            valid on --on, and panden of a --building-status only.
            Dwellings: points; BAG verblijfsobjecten count when their gebruiksdoel includes woonfunctie and they are \
            in use.
            With --plan: the plan's maximum bebouwingspercentage against the share built.
            Example: ruimte intensity --buildings 'bag.gpkg|layername=pand' --dwellings \
            'bag.gpkg|layername=verblijfsobject'
            Example: ruimte intensity --buildings 'BAGGEM0546L-15112026.zip|layername=Pand' --on 2026-01-01 \
            --floors-from '3dbag.gpkg|layername=pand'
            """)

    @Option(
        help: ArgumentHelp(
            "Building footprints: BAG panden (bag-light, 3DBAG, a Kadaster LV BAG extract as 'zip|layername=Pand') "
                + "or any polygon layer.", valueName: "file"))
    var buildings: String?
    @Option(
        help: ArgumentHelp(
            "Dwelling points: BAG verblijfsobjecten (bag-light, an LV BAG extract's Verblijfsobject) or any point "
                + "layer.", valueName: "file"))
    var dwellings: String?
    @Option(help: "Omgevingstype for the richtafstand: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(help: "Threads (each with its own GEOS session).") var threads: Int = 2
    @Option(
        help: ArgumentHelp(
            "Storey height in metres for buildings that state a height but no floors.", valueName: "metres"))
    var storeyHeight: Double = 3
    @Option(
        help: ArgumentHelp(
            "A gebruiksdoel that makes a point a dwelling; repeat for more (default: woonfunctie).", valueName: "use"))
    var dwellingUse: [String] = []
    @Option(
        help: ArgumentHelp(
            "A status that counts as existing; repeat for more (default: the BAG's in-use statuses).",
            valueName: "status"))
    var dwellingStatus: [String] = []
    @OptionGroup var bag: BAGOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if buildings == nil && dwellings == nil { throw ValidationError("give --buildings, --dwellings or both") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if !(storeyHeight > 0 && storeyHeight < 100) {
            throw ValidationError("--storey-height must be a number of metres above 0")
        }
    }

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        let catalogue = analysis.catalogue
        var loader = try input.loader()
        var tables: [Table] = []
        if let buildings {
            let table = try bag.floorsFrom.map { f throws(LayerError) in
                try loader.floorsTable(f, storeyHeight: storeyHeight)
            }
            let load = try loader.buildings(
                buildings, storeyHeight: storeyHeight, threads: threads, filter: bag.buildingFilter, on: bag.date,
                floorsFrom: table)
            tables.append(
                IntensityTables.spacematrix(
                    try catalogue.spacematrix(load.layer, threads: threads),
                    buildings: load.layer.count, source: buildings, notes: load.notes))
            if let plan = input.plan {
                let read = try loader.plan(plan)
                tables.append(
                    IntensityTables.planCoverage(
                        try PlanCoverage.measure(read, buildings: load.layer, threads: threads), plan: read.id,
                        buildings: buildings))
            }
        }
        if let dwellings {
            var filter = DwellingFilter.bag
            if !dwellingUse.isEmpty { filter.uses = dwellingUse }
            if !dwellingStatus.isEmpty { filter.statuses = dwellingStatus }
            let load = try loader.dwellings(dwellings, filter: filter, threads: threads, on: bag.date)
            let points = load.positions
            let nearZones = try catalogue.dwellingsNearZones(
                points, richtafstanden: analysis.richtafstanden, areaType: areaType, threads: threads)
            tables.append(
                IntensityTables.zoneDwellings(
                    nearZones, areaType: areaType, dwellings: points.count, source: dwellings,
                    filter: load.note))
            let radii = PressureParameters.standard.catchmentRadii
            tables.append(
                IntensityTables.catchmentDwellings(
                    try catalogue.dwellingsInCatchments(points, radii: radii, threads: threads),
                    radii: radii))
        }
        if !output.quiet { for w in LoadProblem.perLayer(loader.warnings) { Diagnostics.warning(w.description) } }
        try output.write(tables)
    }
}
