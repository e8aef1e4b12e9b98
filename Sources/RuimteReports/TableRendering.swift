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
        for i in columns.indices where columns[i].role == .note {
            for row in rows {
                let text = row[i].text(in: language)
                guard row[i] != .missing, !text.isEmpty else { continue }
                notes.append("\(titles[i]), \(row.first?.text(in: language) ?? ""): \(text)".terminalSafe)
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

    /// The columns machines get: a range column becomes `_low` and `_high`, a value column
    /// also `_text`; each with its one JSON type.
    func machineColumns(_ language: Language = .en) -> [(key: String, title: String, type: String)] {
        columns.flatMap { c -> [(key: String, title: String, type: String)] in
            let types =
                switch c.kind {
                case .text: ["string"]
                case .number: ["number"]
                case .integer: ["integer"]
                case .range: ["number", "number"]
                case .value: ["number", "number", "string"]
                }
            let title = language(c.title)
            let titles =
                types.count == 1 ? [title] : [Label.partLow, .partHigh, .partText].map { language($0(.text(title))) }
            return zip(c.machineKeys, zip(titles, types)).map { ($0, $1.0, $1.1) }
        }
    }

    /// Every row's cells as machines get them, by machine key (a range as `_low` and `_high`
    /// numbers, a coded cell as its code), keyed by the codes of the `keys` columns joined
    /// with "/" (and without them): the attributes an exported feature carries.
    public func machineCells(keyedBy keys: [String]) -> [String: [String: Cell]] {
        let keyIndices = keys.compactMap { key in columns.firstIndex { $0.key == key } }
        var result: [String: [String: Cell]] = [:]
        for row in rows {
            let key = keyIndices.map { i -> String in
                if case .text(let s) = row[i].machineParts(.text)[0] { return s }
                return ""
            }.joined(separator: "/")
            var cells: [String: Cell] = [:]
            for (i, (column, cell)) in zip(columns, row).enumerated() where !keyIndices.contains(i) {
                for (key, part) in zip(column.machineKeys, cell.machineParts(column.kind)) { cells[key] = part }
            }
            result[key] = cells
        }
        return result
    }

    /// A row's values for machines, one per ``machineColumns`` entry.
    func machineValues(_ row: [Cell]) -> [MachineValue] {
        zip(columns, row).flatMap { column, cell in cell.machineValues(column.kind) }
    }

    /// CSV with a header of machine keys: RFC 4180 (comma, decimal point), or the dialect Dutch
    /// Excel opens directly (semicolon, decimal comma in numbers). Missing values are empty.
    public func csv(dialect: CSVDialect = .rfc4180) -> String {
        let separator: Character = dialect == .rfc4180 ? "," : ";"
        func field(_ s: String) -> String {
            s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        // Text a spreadsheet would run as a formula gets a leading apostrophe, quoted (OWASP).
        func text(_ s: String) -> String {
            s.readsAsFormula ? "\"'" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field(s)
        }
        var out = machineColumns().map { field($0.key) }.joined(separator: String(separator)) + "\r\n"
        for row in rows {
            out +=
                machineValues(row).map { value -> String in
                    switch value {
                    case .null: ""
                    case .text(let s): text(s)
                    case .number(let s): dialect == .dutch ? s.replacingOccurrences(of: ".", with: ",") : s
                    }
                }.joined(separator: String(separator)) + "\r\n"
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

    /// JSON with sorted, stable structure: the machine columns with their types, rows keyed by
    /// them, numbers at full precision, missing as null; titles and notes in `language`, the
    /// name and keys the same in every language.
    public func json(language: Language = .en) -> String {
        var out =
            "{\n  \"columns\": ["
            + machineColumns(language).map {
                "{\"key\": \(JSONText.string($0.key)), \"title\": \(JSONText.string($0.title)), \"type\": "
                    + "\(JSONText.string($0.type))}"
            }.joined(separator: ", ") + "],\n"
        out += "  \"name\": \(JSONText.string(name)),\n"
        out += "  \"notes\": [" + notes.map { JSONText.string(language($0)) }.joined(separator: ", ") + "],\n"
        out += "  \"rows\": [\n"
        let keys = machineColumns().map(\.key)
        out += rows.map { row in
            "    {" + zip(keys, machineValues(row)).map { "\(JSONText.string($0)): \($1.json)" }.joined(separator: ", ")
                + "}"
        }.joined(separator: ",\n")
        out += (rows.isEmpty ? "" : "\n") + "  ],\n  \"title\": \(JSONText.string(language(title)))\n}\n"
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

/// One value as machines get it: formatted numbers at full precision, text, or nothing.
enum MachineValue: Equatable {
    case text(String)
    /// A number already formatted (decimal point).
    case number(String)
    case null

    var json: String {
        switch self {
        case .text(let s): JSONText.string(s)
        case .number(let s): s
        case .null: "null"
        }
    }
}

extension Cell {
    /// The cell as machines get it under a column of `kind`, one cell per machine key: ranges
    /// and values split into their parts (see ``ColumnKind``), a coded cell as its code, a
    /// number in a text column as its text.
    func machineParts(_ kind: ColumnKind) -> [Cell] {
        let low: Cell, high: Cell, word: Cell
        switch self {
        case .number, .integer: (low, high, word) = (self, self, .missing)
        case .interval(let a, let b, let d):
            (low, high, word) = (.number(a, decimals: d), .number(b, decimals: d), .missing)
        case .text: (low, high, word) = (.missing, .missing, self)
        case .coded(let code, _): (low, high, word) = (.missing, .missing, .text(code))
        case .missing: (low, high, word) = (.missing, .missing, .missing)
        }
        switch kind {
        case .text: return [word == .missing && low != .missing ? .text(text) : word]
        case .number, .integer: return [low]
        case .range: return [low, high]
        case .value: return [low, high, word]
        }
    }

    /// The cell as machines write it under a column of `kind`: numbers with
    /// ``machineExtraDecimals`` more decimals than people see.
    func machineValues(_ kind: ColumnKind) -> [MachineValue] {
        machineParts(kind).map { part in
            switch part {
            case .number(let v, let d):
                v.isFinite ? .number(FixedDecimal.format(v, d + Self.machineExtraDecimals)) : .null
            case .integer(let i): .number(String(i))
            case .text(let s), .coded(let s, _): .text(s)
            case .interval, .missing: .null
            }
        }
    }
}

extension Table {
    /// Every command's JSON: one object holding its tables, in order, whatever their number.
    public static func json(_ tables: [Table], language: Language = .en) -> String {
        "{\"tables\": [\n" + tables.map { $0.json(language: language) }.joined(separator: ",\n") + "]}\n"
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

/// JSON text for strings and cells, written by hand so that output is byte-stable.
public enum JSONText {
    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A cell as one JSON value (export properties): numbers at full precision, codes for
    /// coded cells, missing as null.
    public static func value(_ cell: Cell) -> String {
        switch cell {
        case .number(let v, let d) where v.isFinite: FixedDecimal.format(v, d + Cell.machineExtraDecimals)
        case .integer(let i): String(i)
        case .coded(let code, _): string(code)
        case .missing, .number: "null"
        default: string(cell.text)
        }
    }
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

/// How CSV is written: RFC 4180, or for Dutch spreadsheets.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// Comma separator, decimal point (RFC 4180).
    case rfc4180
    /// Semicolon separator, decimal comma: what Excel with Dutch settings opens correctly.
    case dutch = "nl"
}
