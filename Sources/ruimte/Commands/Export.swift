import ArgumentParser
import RuimteDomain
import RuimteFormats
import RuimteGeometry
import RuimteReports

/// `ruimte export`: GeoJSON for QGIS and GDAL.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export GeoJSON (one layer of one geometry type) or a GeoPackage (every layer, styled for QGIS).",
        discussion: """
            RFC 7946 by default (WGS84 lon/lat, counter-clockwise exterior rings, 7 decimals, sorted keys);
            --crs-out EPSG:28992 keeps RD New with the legacy crs member QGIS reads.
            --format gpkg writes every layer (sites with area and signal, milieuzones, richtafstand contours, \
            conflict segments,
            overlaps, catchments, nearest lines, headroom; with --constraints also constraints and \
            buildable_headroom) into one GeoPackage in RD New, each with a QGIS style in layer_styles.
            Example: ruimte export --layer conflict_segments --output conflicts.geojson
            """)

    /// The layers, named as in the GeoPackage.
    enum Layer: String, ExpressibleByArgument, CaseIterable {
        case sites, milieuzones, contours = "richtafstand_contours", conflicts = "conflict_segments", overlaps,
            catchments, nearest, touching, headroom, constraints
        case buildableHeadroom = "buildable_headroom"
    }

    @Option(
        help:
            ArgumentHelp(
                "The GeoJSON layer (one geometry type each): sites (area, stated figures, and every park or centre "
                    + "metric under its CSV key), milieuzones, richtafstand_contours, conflict_segments (conflict and "
                    + "undetermined checks), overlaps (parks x housing), catchments, nearest (nearest housing per "
                    + "park and centre), touching (points where a checked zone or a nearest pair touches), headroom "
                    + "(allowed and undetermined parts per zone and category, and "
                    + "per housing site); with --constraints also constraints (as loaded) and buildable_headroom "
                    + "(the part of each housing site outside every hard constraint and richtafstand contour).")
    )
    var layer: Layer = .sites
    @Option(name: .customLong("crs-out"), help: "Output CRS: EPSG:4326 (RFC 7946) or EPSG:28992.") var crsOut:
        GeoJSONExport.CRSChoice = .wgs84
    @Option(help: "Omgevingstype for zoning: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(
        name: .customLong("format"),
        help:
            ArgumentHelp(
                "geojson (one layer, RFC 7946) or gpkg (every layer in one GeoPackage in RD New, with QGIS styles; "
                    + "needs --output); default: from the --output name (.geojson, .json, .gpkg), else geojson.")
    )
    var formatOption: Format?

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, gpkg }
    @OptionGroup var input: InputOptions
    @OptionGroup var constraintLayers: ConstraintOptions
    @OptionGroup var destination: DestinationOptions

    func validate() throws {
        if [.constraints, .buildableHeadroom].contains(layer) && constraintLayers.files.isEmpty {
            throw ValidationError("--layer \(layer.rawValue) needs at least one --constraints FILE")
        }
    }

    func run() throws {
        let analysis = try input.analysis(quiet: destination.quiet)
        let constraints = try constraintLayers.load(input, quiet: destination.quiet)
        let format = try OutputName.resolve(
            explicit: formatOption, default: .geojson, path: destination.output,
            formats: ["geojson": .geojson, "json": .geojson, "gpkg": .gpkg], command: "export")
        if format == .gpkg {
            let layers = try GeoPackageExport.layers(analysis, areaType: areaType, constraints: constraints)
            try destination.writer.writeFile { temporary in try GeoPackageWriter.write(layers, to: temporary) }
            return
        }
        let features: [ExportFeature]
        if GeoPackageExport.constraintLayerNames.contains(layer.rawValue) {
            let result = try analysis.constraints(constraints, areaType: areaType)
            features = GeoPackageExport.constraintLayer(layer.rawValue, constraints, result: result).features
        } else {
            features = try GeoPackageExport.exportLayer(layer.rawValue, analysis, areaType: areaType).features
        }
        let text = try GeoJSONExport.collection(
            features, name: "ruimte-\(layer.rawValue)",
            crs: crsOut)
        try destination.writer.write(text)
    }
}
