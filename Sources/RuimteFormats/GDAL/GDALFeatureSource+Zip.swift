import CGDAL

/// Zips that GDAL does not open as a whole: a Kadaster BAG extract and a layer in a sub-folder.
extension GDALFeatureSource {
    /// The LV BAG's object types: the layer name GDAL's LVBAG driver gives each and the code
    /// in the name of its archive (`0546PND15112020.zip`).
    static let bagObjectCodes: [(layer: String, code: String)] = [
        ("Pand", "PND"), ("Verblijfsobject", "VBO"), ("Ligplaats", "LIG"), ("Standplaats", "STA"),
        ("Nummeraanduiding", "NUM"), ("OpenbareRuimte", "OPR"), ("Woonplaats", "WPL"),
    ]

    /// The files inside a zip, with their paths from the zip's root.
    private func entries() -> [String] {
        guard let list = gdal.VSIReadDirRecursive(dataset) else { return [] }
        defer { gdal.CSLDestroy(list) }
        var names: [String] = []
        var i = 0
        while let entry = list[i] {
            names.append(String(cString: entry))
            i += 1
        }
        return names.sorted()
    }

    /// The dataset inside a zip that GDAL could not open as a whole, nil when there is none:
    /// a Kadaster extract (a zip of one zip per object type, e.g. `BAGGEM0546L-15112020.zip`
    /// holding `0546PND15112020.zip`) read for the object type `|layername=` names; or the only
    /// layer file in a sub-folder (a zipped Shapefile in a folder). Throws when the zip holds BAG
    /// archives but no layer names one of them.
    func insideZip() throws(SourceError) -> String? {
        guard dataset.lowercased().hasPrefix("/vsizip/"), !dataset.hasPrefix("/vsizip/{") else { return nil }
        let names = entries()
        let archives = names.filter { $0.lowercased().hasSuffix(".zip") }
        let bag = archives.compactMap { archive -> (String, String)? in
            let file = archive.split(separator: "/").last.map(String.init)?.uppercased() ?? ""
            return Self.bagObjectCodes.first { file.contains($0.code) }.map { ($0.layer, archive) }
        }
        if !bag.isEmpty {
            if let layerName, let (_, archive) = bag.first(where: { $0.0.lowercased() == layerName.lowercased() }) {
                return "/vsizip/{\(dataset)/\(archive)}"
            }
            throw SourceError(
                .badData, source: name,
                message:
                    "is a BAG extract of \(bag.count) archives (\(bag.map(\.1).joined(separator: ", "))); name the "
                    + "object type as '\(name.components(separatedBy: "|")[0])|layername=NAME' with NAME one of "
                    + bag.map(\.0).joined(separator: ", "))
        }
        let layers = names.filter { name in
            [".shp", ".gpkg", ".geojson", ".json", ".gml", ".fgb", ".xml"].contains { name.lowercased().hasSuffix($0) }
        }
        return layers.count == 1 ? "\(dataset)/\(layers[0])" : nil
    }
}
