import Foundation
import RuimteFormats

/// The indicative guide distances (richtafstanden, metres) between a zone that allows a
/// milieucategorie and the façade of a dwelling, per area type.
///
/// The bundled table is VNG *Bedrijven en milieuzonering* (2009) as Leiden publishes it in
/// bestemmingsplan Zuidwest (NL.IMRO.0546.BP00121-0301, §4.7.1, tabel 1). It lives in a data
/// file (`geodata/richtafstanden-vng2009.csv`), not in code, so another table (e.g. VNG
/// 2024 *Activiteiten en milieuzonering*) can be used without a code change.
public struct Richtafstanden: Sendable {
    /// Where the table came from, for reports.
    public let source: String
    /// Metres per category, in `Milieucategorie.allCases` order.
    private let rustig: [Double]
    private let gemengd: [Double]

    /// Creates a table from explicit values; every category needs both area types.
    public init(source: String, metres: [Milieucategorie: [AreaType: Double]]) throws {
        var rustig: [Double] = [], gemengd: [Double] = []
        for c in Milieucategorie.allCases {
            guard let r = metres[c]?[.rustig], let g = metres[c]?[.gemengd] else {
                throw LoadProblem(
                    file: source, feature: nil,
                    message: "no richtafstand for milieucategorie \(c.rawValue) in both area types")
            }
            rustig.append(r)
            gemengd.append(g)
        }
        self.source = source
        self.rustig = rustig
        self.gemengd = gemengd
    }

    /// The required distance in metres for a zone of `category` next to housing of `areaType`.
    public func distance(_ category: Milieucategorie, _ areaType: AreaType) -> Double {
        let i = category.step - 1
        return areaType == .rustig ? rustig[i] : gemengd[i]
    }

    /// The heaviest category whose richtafstand is at most `distance`, or nil when even
    /// category 1 needs more room (index 0, "geen").
    public func heaviestCategory(allowedAt distance: Double, _ areaType: AreaType) -> Milieucategorie? {
        Milieucategorie.allCases.last { self.distance($0, areaType) <= distance }
    }

    /// The largest richtafstand accepted, metres: VNG's heaviest category needs 1,500 m.
    public static let maximumDistance = 10_000.0

    /// Reads the CSV table: a header line, then `milieucategorie,rustig,gemengd` rows;
    /// lines starting with `#` are comments. The first comment line is the source.
    /// Distances must be finite and at most ``maximumDistance`` metres.
    public static func read(csvFile path: String) throws -> Richtafstanden {
        do {
            _ = try InputFile.check(path, expected: "a richtafstanden table (CSV)")
        } catch {
            throw LayerError(error.exitStatus, [LoadProblem(file: path, feature: nil, message: error.message)])
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw LayerError(
                .badData,
                [
                    LoadProblem(
                        file: path, feature: nil,
                        message: "is not a UTF-8 text file; expected a richtafstanden table (CSV)")
                ])
        }
        return try parse(text, file: path)
    }

    /// Parses the CSV table in `text`; `file` names it in messages and is the source when no
    /// comment line names one.
    public static func parse(_ text: String, file path: String) throws -> Richtafstanden {
        var source = path
        var rows: [Milieucategorie: [AreaType: Double]] = [:]
        var sawHeader = false
        // As Excel saves it too: a byte-order mark, CRLF (one Character in Swift, so split on every
        // newline), semicolons with decimal commas (Dutch Excel, and --csv-dialect nl).
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let header = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        let separator: Character = header.map { $0.contains(";") && !$0.contains(",") } == true ? ";" : ","
        for (n, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if source == path { source = line.dropFirst().trimmingCharacters(in: .whitespaces) }
                continue
            }
            let cells = line.split(separator: separator, omittingEmptySubsequences: false).map {
                let cell = $0.trimmingCharacters(in: .whitespaces)
                return separator == ";" ? cell.replacingOccurrences(of: ",", with: ".") : cell
            }
            if !sawHeader {
                sawHeader = true
                continue
            }
            guard cells.count == 3, let c = Milieucategorie(parsing: cells[0]),
                let rustig = Double(cells[1]), let gemengd = Double(cells[2]),
                (0...maximumDistance).contains(rustig), (0...maximumDistance).contains(gemengd)
            else {
                throw LoadProblem(
                    file: path, feature: "line \(n + 1)",
                    message:
                        "expected 'milieucategorie,rustig,gemengd' (or with semicolons) with a known category and "
                        + "distances of 0 to "
                        + "\(Int(maximumDistance)) metres, found '\(line.prefix(80))'"
                )
            }
            rows[c] = [.rustig: rustig, .gemengd: gemengd]
        }
        return try Richtafstanden(source: source, metres: rows)
    }
}
