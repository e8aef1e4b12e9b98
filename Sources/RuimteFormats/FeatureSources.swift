/// Which ``FeatureSource`` reads an input: Ruimte's own streaming reader for plain GeoJSON
/// files, GDAL/OGR for everything else (GeoPackage, Shapefile, GML, FlatGeobuf, CSV,
/// GeoJSONSeq, zipped or gzipped files, `PG:` connections, `path|layername=NAME`).
public enum FeatureSources {
    /// The source for `input` as the user wrote it.
    ///
    /// A GeoJSON file named with `|layername=` (its only layer, as QGIS writes it) is read by the
    /// same native reader, so that both spellings follow the same rules (RFC 8259 duplicate
    /// members refused, ids read the same way).
    public static func open(_ input: String) -> any FeatureSource {
        var path = input
        if let bar = input.range(of: "|layername=", options: .caseInsensitive) {
            path = String(input[..<bar.lowerBound])
        }
        let lower = path.lowercased()
        let isPlainGeoJSON =
            (lower.hasSuffix(".geojson") || lower.hasSuffix(".json")) && !path.contains("|")
            && !lower.hasPrefix("/vsi") && !lower.hasPrefix("pg:")
        return isPlainGeoJSON ? GeoJSONFeatureSource(path: path, name: input) : GDALFeatureSource(input)
    }

    /// The formats Ruimte reads, for messages.
    public static let supported =
        "GeoJSON, GeoPackage, Shapefile (also zipped), GML (also WFS responses and IMRO), "
        + "FlatGeobuf, CSV with a WKT column, GeoJSONSeq, gzipped files, Kadaster LV BAG extracts, FileGDB, MapInfo "
        + "and PostGIS (PG:...)"
}
