import Foundation
import RuimteFormats

/// Tables for machines: CSV (RFC 4180 or the Dutch Excel dialect) and JSON, every column of
/// one type, ranges as `_low`/`_high` pairs, codes not labels, missing as empty or null.
extension Table {
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

/// How CSV is written: RFC 4180, or for Dutch spreadsheets.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// Comma separator, decimal point (RFC 4180).
    case rfc4180
    /// Semicolon separator, decimal comma: what Excel with Dutch settings opens correctly.
    case dutch = "nl"
}
