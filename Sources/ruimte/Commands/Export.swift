import ArgumentParser
import RuimteDomain
import RuimteFormats
import RuimteGeometry
import RuimteReports

/// `ruimte export`: GeoJSON for QGIS and GDAL.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export GeoJSON: sites with their signals, zoning contours and conflict segments, overlap polygons, nearest-distance segments.",
        discussion: """
        RFC 7946 by default (WGS84 lon/lat, counter-clockwise exterior rings, 7 decimals, sorted keys);
        --crs-out EPSG:28992 keeps RD New with the legacy crs member QGIS reads.
        --format gpkg writes every layer (sites with area and signal, milieuzones, richtafstand contours, conflict segments,
        overlaps, catchments, nearest lines, headroom) into one GeoPackage in RD New, each with a QGIS style in layer_styles.
        Example: ruimte export --layer zoning --output zoning.geojson
        """)

    enum Layer: String, ExpressibleByArgument, CaseIterable { case sites, zoning, overlaps, segments, headroom }

    @Option(help: "What to export: sites, zoning (contours + conflict segments), overlaps (parks x housing), segments (nearest housing per park and centre), headroom (allowed and undetermined parts per zone and category, and per housing site).")
    var layer: Layer = .sites
    @Option(name: .customLong("crs-out"), help: "Output CRS: EPSG:4326 (RFC 7946) or EPSG:28992.") var crsOut: GeoJSONExport.CRSChoice = .wgs84
    @Option(help: "Omgevingstype for zoning: rustig or gemengd.") var areaType: AreaType = .rustig
    @Option(help: "geojson (one layer, RFC 7946) or gpkg (every layer in one GeoPackage in RD New, with QGIS styles; needs --output).")
    var format: Format = .geojson

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, gpkg }
    @OptionGroup var input: InputOptions
    @OptionGroup var destination: DestinationOptions

    func run() throws {
        try guarded {
            let analysis = try input.analysis(quiet: destination.quiet)
            if format == .gpkg {
                let layers = try GeoPackageExport.layers(analysis, areaType: areaType)
                try destination.writer.writeFile { temporary in try GeoPackageWriter.write(layers, to: temporary) }
                return
            }
            let features: [ExportFeature]
            switch layer {
            case .sites:
                features = GeoJSONExport.sites(analysis.catalogue, pressure: try analysis.parkPressure(areaType: areaType))
            case .zoning:
                features = GeoJSONExport.zoning(contours: try analysis.zoningContours(areaType: areaType),
                                                checks: try analysis.zoning(areaType: areaType).checks)
            case .overlaps:
                features = GeoJSONExport.overlaps(try analysis.overlaps(from: .parks, to: .housing))
            case .headroom:
                features = GeoJSONExport.headroom(zones: try analysis.zoneHeadroom(areaType: areaType), housing: try analysis.housingHeadroom(areaType: areaType))
            case .segments:
                features = GeoJSONExport.segments(try analysis.nearest(from: .parks, to: .housing) + analysis.nearest(from: .centres, to: .housing))
            }
            let text = try GeoJSONExport.collection(features, name: "ruimte-\(layer.rawValue)",
                                                    crs: crsOut)
            try destination.writer.write(text)
        }
    }
}
