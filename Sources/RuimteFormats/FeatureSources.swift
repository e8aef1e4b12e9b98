/// Which ``FeatureSource`` reads an input: Ruimte's own streaming reader for plain GeoJSON
/// files, GDAL/OGR for everything else (GeoPackage, Shapefile, GML, FlatGeobuf, CSV,
/// GeoJSONSeq, zipped or gzipped files, `PG:` connections, `path|layername=NAME`).
public enum FeatureSources {
    /// The source for `input` as the user wrote it.
    public static func open(_ input: String) -> any FeatureSource {
        let lower = input.lowercased()
        let isPlainGeoJSON =
            (lower.hasSuffix(".geojson") || lower.hasSuffix(".json")) && !input.contains("|")
            && !lower.hasPrefix("/vsi") && !lower.hasPrefix("pg:")
        return isPlainGeoJSON ? GeoJSONFeatureSource(path: input) : GDALFeatureSource(input)
    }

    /// The formats Ruimte reads, for messages.
    public static let supported =
        "GeoJSON, GeoPackage, Shapefile (also zipped), GML (also WFS responses and IMRO), "
        + "FlatGeobuf, CSV with a WKT column, GeoJSONSeq, gzipped files, Kadaster LV BAG extracts, FileGDB, MapInfo "
        + "and PostGIS (PG:...)"
}
