import CGDAL
import Foundation

/// What GDAL may open and reach for Ruimte: every file a planner receives is input GDAL
/// interprets, so only documented drivers open it, nothing is fetched from the network, and
/// nothing is written beside it.
///
/// - Drivers: ``documentedDrivers``; `RUIMTE_GDAL_DRIVERS=NAME,NAME` (GDAL short names) adds more
///   for a user who wants them, e.g. `OGR_VRT` for a virtual layer they wrote themselves.
/// - Network: `/vsicurl/` and the other remote file systems, and URLs, are refused; GML schemas
///   are never downloaded (`DOWNLOAD_SCHEMA=NO`).
/// - Side files: a GML file is read through `/vsisubfile/`, so GDAL neither writes a `.gfs`
///   beside it nor lets a stale or hostile `.gfs` there steer the read.
/// - PostGIS: a `PG:` connection gets `connect_timeout=15` and a statement timeout of 10 minutes
///   unless it sets its own; its password never appears in a message (``SecretMask``).
extension GDALFeatureSource {
    /// The drivers Ruimte documents.
    public static let documentedDrivers = [
        "GPKG", "ESRI Shapefile", "GML", "GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV", "PostgreSQL", "LVBAG",
        "OpenFileGDB", "SQLite", "MapInfo File",
    ]

    /// The drivers GDAL may use: the documented ones and those `RUIMTE_GDAL_DRIVERS` adds.
    static func allowedDrivers(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let extra = (environment["RUIMTE_GDAL_DRIVERS"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return documentedDrivers + extra.filter { !$0.isEmpty && !documentedDrivers.contains($0) }
    }

    /// Remote file systems and URL schemes GDAL would fetch from.
    static let remotePrefixes = [
        "/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss", "/vsiswift", "/vsihdfs", "/vsiwebhdfs",
        "http://", "https://", "ftp://",
    ]

    /// Refuses a dataset that reaches the network.
    func checkLocal() throws(SourceError) {
        let lower = dataset.lowercased()
        if Self.remotePrefixes.contains(where: { $0.hasPrefix("/vsi") ? lower.contains($0) : lower.hasPrefix($0) }) {
            throw SourceError(
                .noInput, source: name,
                message: "is a network location; Ruimte reads local files and PG: connections only (download it first)")
        }
    }

    /// The path GDAL opens: a GML file through `/vsisubfile/` (no `.gfs` beside it); a `PG:`
    /// connection with its timeouts.
    func openPath() -> String {
        let lower = dataset.lowercased()
        if lower.hasPrefix("pg:") {
            var conninfo = dataset
            if !lower.contains("connect_timeout") { conninfo += " connect_timeout=15" }
            if !lower.contains("statement_timeout") && !lower.contains("options=") {
                conninfo += " options='-c statement_timeout=600000'"
            }
            return conninfo
        }
        guard lower.hasSuffix(".gml"), !lower.hasPrefix("/vsi"),
            let size = (try? FileManager.default.attributesOfItem(atPath: dataset)[.size]) as? NSNumber
        else { return dataset }
        return "/vsisubfile/0_\(size.intValue),\(dataset)"
    }

    /// Open options per format: CSV column types and WKT geometry; GML without schema downloads.
    func openOptions() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let lower = dataset.lowercased()
        var options: [String] = []
        if lower.hasSuffix(".csv") {
            options = [
                "AUTODETECT_TYPE=YES", "EMPTY_STRING_AS_NULL=YES",
                "GEOM_POSSIBLE_NAMES=WKT,wkt,geometry,geom,the_geom,wkt_geom", "KEEP_GEOM_COLUMNS=NO",
            ]
        } else if lower.hasSuffix(".gml") || lower.hasSuffix(".xml") {
            options = ["DOWNLOAD_SCHEMA=NO"]
        }
        return Self.stringList(options)
    }

    /// A GDAL string list (free with CSLDestroy), nil when `items` is empty.
    static func stringList(_ items: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        for item in items { list = gdal.CSLAddString(list, item) }
        return list
    }
}

/// Secrets in connection strings, masked wherever a message or table names the source:
/// `PG:dbname=gis password=geheim` reads `PG:dbname=gis password=***`.
public enum SecretMask {
    /// `text` with the value of every `password=` (quoted or not) replaced by `***`.
    public static func masked(_ text: String) -> String {
        guard text.range(of: "password", options: .caseInsensitive) != nil else { return text }
        var result = ""
        var rest = Substring(text)
        while let r = rest.range(of: "password", options: .caseInsensitive) {
            result += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            let spaces = rest.prefix { $0 == " " }
            guard rest.dropFirst(spaces.count).first == "=" else { continue }
            rest = rest.dropFirst(spaces.count + 1)
            result += spaces + "=***"
            let value = rest.drop { $0 == " " }
            if value.first == "'" {
                var escaped = false
                var end = value.index(after: value.startIndex)
                while end < value.endIndex {
                    if value[end] == "'" && !escaped { break }
                    escaped = value[end] == "\\" && !escaped
                    end = value.index(after: end)
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[value.endIndex...]
            } else {
                rest = value.drop { $0 != " " && $0 != "|" && $0 != "'" && $0 != "\"" }
            }
        }
        return result + rest
    }
}
