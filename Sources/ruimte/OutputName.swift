import Foundation

/// The output format an `--output` name asks for: `x.csv` is CSV, `x.html` HTML, `x.gpkg` a
/// GeoPackage. A name whose extension the command writes decides the format when `--format` is
/// not given; a name that contradicts `--format`, or an extension of a kind the command does
/// not write (`report --output r.pdf`), is a usage error; a name without a known extension keeps
/// the command's default.
enum OutputName {
    /// Every extension some command writes, for telling "another command's format" from "unknown".
    static let known: Set<String> = [
        "csv", "json", "md", "markdown", "txt", "html", "htm", "geojson", "gpkg", "svg", "png", "pdf", "jpg", "jpeg",
        "gif", "tif", "tiff", "webp", "xlsx", "xls", "shp", "docx",
    ]

    /// The format for `path` among `formats` (extension → format), given an explicit `--format`.
    static func resolve<F: Equatable & RawRepresentable>(
        explicit: F?, default fallback: F, path: String?, formats: [String: F], command: String
    ) throws -> F where F.RawValue == String {
        let ext = path.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        let writes = Set(formats.values.map(\.rawValue)).sorted().joined(separator: ", ")
        guard let path, !ext.isEmpty, known.contains(ext) else { return explicit ?? fallback }
        guard let implied = formats[ext] else {
            throw CLIError(
                status: .usage,
                message:
                    "--output \(path): \(command) does not write .\(ext) files; it writes \(writes) (name the file "
                    + "accordingly, or give --format)")
        }
        if let explicit, explicit != implied {
            throw CLIError(
                status: .usage,
                message:
                    "--output \(path) asks for \(implied.rawValue) but --format says \(explicit.rawValue); drop one of "
                    + "them or make them agree")
        }
        return implied
    }
}
