import ArgumentParser
import RuimteDomain
import RuimteGeometry
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
            var loader = try LayerLoader(crs: InputCRS(rawValue: input.crs) ?? .auto)
            var tables: [Table] = []
            if let buildings {
                let layer = try loader.buildings(buildings)
                let result = try SpatialJoins.intensity(zones: catalogue.parks.map(\.geometry), buildings: layer, threads: threads)
                tables.append(Table(title: "Spacematrix per business park", columns: [
                    Column("park_id", "park"), Column("area_ha", "area (ha)"), Column("footprint_ha", "built (ha)"),
                    Column("floor_area_ha", "floor area (ha)"), Column("gsi", "GSI"), Column("fsi", "FSI"),
                ], rows: zip(catalogue.parks, result).map { park, r in
                    [.text(park.id), .number(r.area / 10_000, decimals: 2), .number(r.footprint / 10_000, decimals: 2),
                     .number(r.floorArea / 10_000, decimals: 2), .number(r.gsi, decimals: 3), .number(r.fsi, decimals: 3)]
                }, notes: ["GSI = built-up area / park area, FSI = floor area / park area (bruto; Berghauser Pont & Haupt)",
                           "\(layer.count) buildings from \(buildings)"]))
            }
            if let dwellings {
                let points = try loader.dwellings(dwellings)
                let zones = catalogue.parks.flatMap { park in park.zones.map { (park, $0) } }
                let distances = zones.map { analysis.richtafstanden.distance($0.1.category, areaType) }
                let counts = try SpatialJoins.dwellingCounts(zones: zones.map(\.1.geometry), distances: distances, dwellings: points, threads: threads)
                let rows: [[Cell]] = zones.indices.map { i in
                    let (park, zone) = zones[i]
                    return [.text(park.id), .text(zone.id), .text(zone.category.rawValue), .number(distances[i], decimals: 1), .integer(counts[i])]
                }
                tables.append(Table(title: "Existing dwellings within the richtafstand", columns: [
                    Column("park_id", "park"), Column("zone_id", "zone"), Column("milieucategorie", "cat."),
                    Column("richtafstand_m", "richtafstand (m)"), Column("dwellings", "dwellings within"),
                ], rows: rows, notes: ["BP-2 for existing dwellings: points within the richtafstand (inclusive) of the zone, \(areaType.dutchName)",
                                       "\(points.count) dwellings from \(dwellings)"]))
                let radii = [300.0, 500, 1000]
                let catchments = catalogue.centres.flatMap { centre in radii.map { (centre.geometry, $0) } }
                let inCatchment = try SpatialJoins.dwellingCounts(zones: catchments.map(\.0), distances: catchments.map(\.1),
                                                                  dwellings: points, threads: threads)
                let centreRows: [[Cell]] = catalogue.centres.indices.map { c in
                    [.text(catalogue.centres[c].id)] + radii.indices.map { .integer(inCatchment[c * radii.count + $0]) }
                }
                tables.append(Table(title: "Existing dwellings per shopping-centre catchment", columns: [
                    Column("centre_id", "centre"), Column("dwellings_300m", "within 300 m"), Column("dwellings_500m", "within 500 m"),
                    Column("dwellings_1000m", "within 1000 m"),
                ], rows: centreRows, notes: ["hemelsbreed from the centre's outline"]))
            }
            try output.write(tables)
        }
    }
}
