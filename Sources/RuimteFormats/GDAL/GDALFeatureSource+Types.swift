import CGDAL
import Foundation

/// SQLite's loose column types, checked before a GeoPackage or SQLite layer is read: SQLite
/// stores any value in any column, and GDAL reads text in a REAL column as 0 and 12.5 or 1e308
/// in an INTEGER column as 12 or -1. Every such value is found by SQL (`typeof`) and refused,
/// naming the feature and the field, instead of entering an analysis altered.
extension GDALFeatureSource {
    /// At most this many values are named; the rest are counted.
    static let typeProblemLimit = 20

    /// What is wrong with the values of `layer`'s numeric columns, empty when nothing is.
    static func columnTypeProblems(_ handle: GDALDatasetH, _ layer: OGRLayerH) -> [String] {
        guard ["GPKG", "SQLite"].contains(driver(of: handle)),
            let fid = gdal.OGR_L_GetFIDColumn(layer).map({ String(cString: $0) }), !fid.isEmpty,
            let table = gdal.OGR_L_GetName(layer).map({ String(cString: $0) }),
            let definition = gdal.OGR_L_GetLayerDefn(layer)
        else { return [] }
        var checks: [(name: String, condition: String, expected: String)] = []
        for i in 0..<gdal.OGR_FD_GetFieldCount(definition) {
            guard let field = gdal.OGR_FD_GetFieldDefn(definition, i),
                let name = gdal.OGR_Fld_GetNameRef(field).map({ String(cString: $0) })
            else { continue }
            let column = quotedName(name)
            switch gdal.OGR_Fld_GetType(field) {
            case OFTInteger, OFTInteger64:
                checks.append(
                    (
                        name,
                        "typeof(\(column)) IN ('text', 'blob') OR (typeof(\(column)) = 'real' AND "
                            + "(\(column) <> CAST(\(column) AS INTEGER) OR abs(\(column)) > 9.2e18))", "a whole number"
                    ))
            case OFTReal:
                checks.append((name, "typeof(\(column)) IN ('text', 'blob')", "a number"))
            default: continue
            }
        }
        guard !checks.isEmpty else { return [] }
        // One scan for every column at once; the details only when it finds anything.
        let any = checks.map { "(\($0.condition))" }.joined(separator: " OR ")
        guard
            let probe = gdal.GDALDatasetExecuteSQL(
                handle, "SELECT 1 AS found FROM \(quotedName(table)) WHERE \(any) LIMIT 1", nil, "SQLITE")
        else { return [] }
        let found = gdal.OGR_L_GetNextFeature(probe)
        if let found { gdal.OGR_F_Destroy(found) }
        gdal.GDALDatasetReleaseResultSet(handle, probe)
        guard found != nil else { return [] }
        var problems: [String] = []
        var total = 0
        for check in checks {
            let sql =
                "SELECT CAST(\(quotedName(fid)) AS TEXT) AS ruimte_id, CAST(\(quotedName(check.name)) AS TEXT) AS "
                + "ruimte_value, (SELECT count(*) FROM \(quotedName(table)) WHERE \(check.condition)) AS ruimte_count "
                + "FROM \(quotedName(table)) "
                + "WHERE \(check.condition) ORDER BY \(quotedName(fid)) LIMIT \(typeProblemLimit)"
            guard let result = gdal.GDALDatasetExecuteSQL(handle, sql, nil, "SQLITE") else { continue }
            defer { gdal.GDALDatasetReleaseResultSet(handle, result) }
            while let row = gdal.OGR_L_GetNextFeature(result) {
                defer { gdal.OGR_F_Destroy(row) }
                let id = gdal.OGR_F_GetFieldAsString(row, 0).map { String(cString: $0) } ?? "?"
                let text = gdal.OGR_F_GetFieldAsString(row, 1).map { String(cString: $0) } ?? ""
                total = Int(gdal.OGR_F_GetFieldAsInteger64(row, 2))
                if problems.count < typeProblemLimit {
                    problems.append(
                        "feature with \(fid) \(id): field \"\(check.name)\" holds \"\(text.prefix(40))\" where the "
                            + "column's type asks for \(check.expected); GDAL would read it altered")
                }
            }
            if total > typeProblemLimit { problems.append("field \"\(check.name)\": \(total) such values in all") }
        }
        return problems
    }

    /// A quoted SQL identifier.
    static func quotedName(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

extension GDALFeatureSource {
    /// A Shapefile of which GDAL read another number of records than its `.shp` holds (counted in
    /// its index, the `.shx`: 8 bytes per record after a 100-byte header), nil when they agree or
    /// the files cannot be compared (a zipped Shapefile is read as GDAL reads it).
    static func recordCountProblem(_ handle: GDALDatasetH, read records: Int, file: String?) -> String? {
        guard driver(of: handle) == "ESRI Shapefile", let file, file.lowercased().hasSuffix(".shp") else { return nil }
        let stem = String(file.dropLast(4))
        guard
            let size = [".shx", ".SHX"].lazy.compactMap({
                (try? FileManager.default.attributesOfItem(atPath: stem + $0)[.size]) as? NSNumber
            }).first?.intValue, size >= 100
        else { return nil }
        let shapes = (size - 100) / 8
        guard shapes != records else { return nil }
        return "the .shp holds \(shapes) shapes but the .dbf \(records) records; the Shapefile is damaged (its parts "
            + "do not belong together): export it again"
    }
}

extension GDALFeatureSource {
    /// Why a layer without a CRS has one that could not be read, nil when it declares none: a
    /// GeoPackage srs_id missing from gpkg_spatial_ref_sys (GDAL warns and reads no CRS), or a
    /// Shapefile `.prj` that is not a CRS. Reading such a layer as WGS84 would misplace it.
    static func unreadableCRS(_ handle: GDALDatasetH, log: GDALErrorLog, file: String?) -> String? {
        if let warning = log.messages.first(where: { $0.text.lowercased().contains("srs_id") }) {
            return "a CRS its gpkg_spatial_ref_sys does not define (GDAL: \(warning.text))"
        }
        guard driver(of: handle) == "ESRI Shapefile", let file, file.lowercased().hasSuffix(".shp") else { return nil }
        let stem = String(file.dropLast(4))
        for ext in [".prj", ".PRJ"] {
            if let text = try? String(contentsOfFile: stem + ext, encoding: .utf8),
                !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                return "a CRS in its \(ext) file that GDAL cannot parse"
            }
        }
        return nil
    }
}
