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
    /// The table written in `format`.
    public func rendered(_ format: TableFormat) -> String {
        switch format {
        case .table: plainText()
        case .csv: csv()
        case .json: json()
        case .markdown: markdown()
        }
    }

    /// Aligned columns, numbers right-aligned, notes below.
    public func plainText() -> String {
        let texts = rows.map { $0.map(\.text) }
        let widths = columns.indices.map { i in
            ([columns[i].title.count] + texts.map { $0[i].count }).max() ?? 0
        }
        func line(_ cells: [String], numeric: [Bool]) -> String {
            cells.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - cells[i].count)
                return numeric[i] ? pad + cells[i] : cells[i] + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = title + "\n\n"
        out += line(columns.map(\.title), numeric: columns.map { _ in false }) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (row, cells) in zip(rows, texts) { out += line(cells, numeric: row.map(\.isNumeric)) + "\n" }
        if rows.isEmpty { out += "(none)\n" }
        if !notes.isEmpty { out += "\n" + notes.map { "  " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    /// CSV with a header of column keys: RFC 4180 (comma, decimal point), or the dialect Dutch
    /// Excel opens directly (semicolon, decimal comma in numbers).
    public func csv(dialect: CSVDialect = .rfc4180) -> String {
        let separator: Character = dialect == .rfc4180 ? "," : ";"
        func field(_ s: String) -> String {
            s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = columns.map { field($0.key) }.joined(separator: String(separator)) + "\r\n"
        for row in rows {
            out += row.map { cell -> String in
                switch cell {
                case .missing: return ""
                case .number where dialect == .dutch: return field(cell.machineText.replacingOccurrences(of: ".", with: ","))
                default: return field(cell.machineText)
                }
            }.joined(separator: String(separator)) + "\r\n"
        }
        return out
    }

    /// Markdown: title as a heading-free bold line, the table, notes as a list.
    public func markdown() -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.indices.map { i in rows.first.map { $0[i].isNumeric } == true ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map { escape($0.text) }.joined(separator: " | ") + " |\n" }
        if rows.isEmpty { out += "| " + columns.map { _ in "" }.joined(separator: " | ") + " |\n" }
        if !notes.isEmpty { out += "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }

    /// JSON with sorted, stable structure; numbers with the table's decimals; missing as null.
    public func json() -> String {
        var out = "{\n  \"columns\": [" + columns.map { "{\"key\": \(JSONText.string($0.key)), \"title\": \(JSONText.string($0.title))}" }
            .joined(separator: ", ") + "],\n"
        out += "  \"name\": \(JSONText.string(name)),\n"
        out += "  \"notes\": [" + notes.map(JSONText.string).joined(separator: ", ") + "],\n"
        out += "  \"rows\": [\n"
        out += rows.map { row in
            "    {" + zip(columns, row).map { "\(JSONText.string($0.key)): \(JSONText.value($1))" }.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        out += (rows.isEmpty ? "" : "\n") + "  ],\n  \"title\": \(JSONText.string(title))\n}\n"
        return out
    }
}

extension Table {
    /// A stable machine name from the title: lowercase letters and digits joined by `_`
    /// ("Space pressure per business park" is `space_pressure_per_business_park`).
    public var name: String {
        title.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "_")
    }

    /// Every command's JSON: one object holding its tables, in order, whatever their number.
    public static func json(_ tables: [Table]) -> String {
        "{\"tables\": [\n" + tables.map { $0.json() }.joined(separator: ",\n") + "]}\n"
    }
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

    /// A cell as a JSON value: numbers unquoted, missing as null.
    public static func value(_ cell: Cell) -> String {
        switch cell {
        case .number(let v, _) where v.isFinite: cell.machineText
        case .integer(let i): String(i)
        case .missing: "null"
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
}

import Foundation

/// How CSV is written: RFC 4180, or for Dutch spreadsheets.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// Comma separator, decimal point (RFC 4180).
    case rfc4180
    /// Semicolon separator, decimal comma: what Excel with Dutch settings opens correctly.
    case dutch = "nl"
}
