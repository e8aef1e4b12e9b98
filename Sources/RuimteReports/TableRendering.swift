import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// The formats a table can be written in.
public enum TableFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people.
    case table
    /// RFC 4180 CSV for spreadsheets: CRLF line ends, fields quoted where needed.
    case csv
    /// A JSON object `{"title", "columns", "rows", "notes"}`; rows are objects keyed by column key.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

extension Table {
    /// The table written in `format`; people's formats (table, Markdown) show the ``ColumnRole/detail``
    /// columns only when `wide`.
    public func rendered(_ format: TableFormat, wide: Bool = false, language: Language = .en) -> String {
        switch format {
        case .table: plainText(wide: wide, language: language)
        case .csv: csv()
        case .json: json(language: language)
        case .markdown: markdown(wide: wide, language: language)
        }
    }

    /// What people see, in `language`: without the detail columns (unless `wide`), long-text
    /// columns moved into notes as "title, row: text", and the legend of every shown column
    /// above the notes.
    func forPeople(wide: Bool = false, language: Language = .en) -> PeopleTable {
        let shown = columns.indices.filter { columns[$0].role == .main || (wide && columns[$0].role == .detail) }
        let titles = columns.map { language($0.title) }
        var notes = shown.compactMap { i in columns[i].legend.map { "\(titles[i]): \(language($0))" } }
        if rows.contains(where: { row in shown.contains { row[$0] == .missing } }) {
            notes.append(language(Label.noteNoData(.text(Cell.missingText))))
        }
        notes += self.notes.map { language($0).terminalSafe }
        // A note names its row by the site's name where the table has one ("figures, De Waard"), else
        // by the first column.
        let label = columns.firstIndex { $0.key == "name" } ?? 0
        for i in columns.indices where columns[i].role == .note {
            for row in rows {
                let text = row[i].text(in: language)
                guard row[i] != .missing, !text.isEmpty else { continue }
                let name = row.indices.contains(label) ? row[label].text(in: language) : ""
                notes.append("\(titles[i]), \(name): \(text)".terminalSafe)
            }
        }
        return PeopleTable(
            title: language(title).terminalSafe, headers: shown.map { titles[$0].terminalSafe },
            kinds: shown.map { columns[$0].kind },
            rows: rows.map { row in shown.map { row[$0].text(in: language).terminalSafe } },
            numeric: rows.map { row in shown.map { row[$0].isNumeric } },
            tones: rows.map { row in shown.map { columns[$0].key == "light" ? row[$0].signalTone : nil } }, notes: notes
        )
    }

    /// Aligned columns, numbers right-aligned, notes below wrapped at 100 characters; with
    /// `colours`, traffic-light values in their ANSI colour (for a terminal).
    public func plainText(wide: Bool = false, language: Language = .en, colours: Bool = false) -> String {
        let people = forPeople(wide: wide, language: language)
        let widths = people.headers.indices.map { i in
            ([people.headers[i].count] + people.rows.map { $0[i].count }).max() ?? 0
        }
        func line(_ cells: [String], numeric: [Bool], tones: [String?]? = nil) -> String {
            cells.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - cells[i].count)
                let cell = tones?[i].map { "\u{1B}[\($0)m" + cells[i] + "\u{1B}[0m" } ?? cells[i]
                return numeric[i] ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = people.title + "\n\n"
        out += line(people.headers, numeric: people.headers.map { _ in false }) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (r, cells) in people.rows.enumerated() {
            out += line(cells, numeric: people.numeric[r], tones: colours ? people.tones[r] : nil) + "\n"
        }
        if rows.isEmpty { out += "(none)\n" }
        if !people.notes.isEmpty {
            out += "\n" + people.notes.map { $0.wrapped(width: 100, indent: "  ", hanging: "    ") }.joined()
        }
        return out
    }

    /// Markdown: the table, legend and notes as a list (``forPeople(wide:)``).
    public func markdown(wide: Bool = false, language: Language = .en) -> String {
        let people = forPeople(wide: wide, language: language)
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + people.headers.map(escape).joined(separator: " | ") + " |\n"
        out +=
            "|" + people.kinds.map { [.number, .integer, .range].contains($0) ? "---:" : "---" }.joined(separator: "|")
            + "|\n"
        for row in people.rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        if rows.isEmpty { out += "| " + people.headers.map { _ in "" }.joined(separator: " | ") + " |\n" }
        if !people.notes.isEmpty { out += "\n" + people.notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

}

extension Cell {
    /// The ANSI colour code of a traffic-light cell (red 31, orange 33, green 32), from its code.
    var signalTone: String? {
        guard case .coded(let code, _) = self, let light = TrafficLight(rawValue: code) else { return nil }
        switch light {
        case .red: return "31"
        case .orange: return "33"
        case .green: return "32"
        case .undetermined, .noData: return nil
        }
    }
}

/// A table as people read it in one language: every text rendered, the columns they see.
struct PeopleTable {
    var title: String
    var headers: [String]
    var kinds: [ColumnKind]
    var rows: [[String]]
    /// Per row and shown column: right-aligned (a number or range).
    var numeric: [[Bool]]
    /// Per row and shown column: the ANSI colour of a traffic-light value, nil for others.
    var tones: [[String?]]
    var notes: [String]
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The text as lines of at most `width` characters (longer words stay whole), the first
    /// starting with `indent`, the others with `hanging`; each line ends with a newline.
    func wrapped(width: Int, indent: String, hanging: String) -> String {
        var out = "", line = indent
        for word in split(separator: " ", omittingEmptySubsequences: false) {
            let fresh = line == indent || line == hanging
            if !fresh && line.count + 1 + word.count > width {
                out += line + "\n"
                line = hanging
            }
            line += (line == indent || line == hanging ? "" : " ") + word
        }
        return out + line + "\n"
    }
}
