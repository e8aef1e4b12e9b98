import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte intensity`: Spacematrix per park from buildings, and existing dwellings near
/// zones and centres, from large official layers (BAG).
struct Intensity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Spacematrix GSI/FSI per business park from a buildings layer, and existing dwellings within each zone's richtafstand and each centre's catchments from a dwellings layer.",
        discussion: """
        Buildings: polygons with "floors" (or "bouwlagen"); dwellings: points. Both typically BAG exports in RD New.
        Example: ruimte intensity --buildings panden.geojson --dwellings verblijfsobjecten.geojson --crs EPSG:28992
        """)

    @Option(help: ArgumentHelp("Building footprints with floors (GeoJSON).", valueName: "file")) var buildings: String?
    @Option(help: ArgumentHelp("Dwelling points (GeoJSON).", valueName: "file")) var dwellings: String?
    @Option(help: "Omgevingstype for the richtafstand: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(help: "Threads (each with its own GEOS session).") var threads: Int = 2
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if buildings == nil && dwellings == nil { throw ValidationError("give --buildings, --dwellings or both") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        try guarded {
            let analysis = try input.analysis(quiet: output.quiet)
            let catalogue = analysis.catalogue
            var loader = try input.loader()
            var tables: [Table] = []
            if let buildings {
                let layer = try loader.buildings(buildings)
                tables.append(IntensityTables.spacematrix(try catalogue.spacematrix(layer, threads: threads),
                                                          buildings: layer.count, source: buildings))
            }
            if let dwellings {
                let points = try loader.dwellings(dwellings)
                let nearZones = try catalogue.dwellingsNearZones(points, richtafstanden: analysis.richtafstanden, areaType: areaType, threads: threads)
                tables.append(IntensityTables.zoneDwellings(nearZones, areaType: areaType, dwellings: points.count, source: dwellings))
                let radii = PressureParameters.standard.catchmentRadii
                tables.append(IntensityTables.catchmentDwellings(try catalogue.dwellingsInCatchments(points, radii: radii, threads: threads),
                                                                 radii: radii))
            }
            try output.write(tables)
        }
    }
}
