import RuimteFormats
import RuimteGeometry

/// One value in a result table, with how it is written.
///
/// Numbers carry their number of decimals (hectares 2, metres 1, ratios 3), so every
/// output format writes them the same way. A missing value is never written as 0.
public enum Cell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A number written with a fixed number of decimals.
    case number(Double, decimals: Int)
    /// A whole number.
    case integer(Int)
    /// No value: a source states nothing, or the data cannot carry one.
    case missing

    /// A number or ``missing``.
    public static func number(_ value: Double?, _ decimals: Int) -> Cell {
        value.map { .number($0, decimals: decimals) } ?? .missing
    }

    /// A whole number or ``missing``.
    public static func integer(_ value: Int?) -> Cell { value.map { .integer($0) } ?? .missing }

    /// A range of numbers written `low-high` (or one number when equal), or ``missing``.
    public static func range(_ value: ClosedRange<Double>?, _ decimals: Int) -> Cell {
        guard let value else { return .missing }
        let low = FixedDecimal.format(value.lowerBound, decimals), high = FixedDecimal.format(value.upperBound, decimals)
        return .text(low == high ? low : "\(low)-\(high)")
    }

    /// How people read the cell: `"no data"` for a missing value.
    public var text: String {
        switch self {
        case .text(let s): s
        case .number(let v, let d): FixedDecimal.format(v, d)
        case .integer(let i): String(i)
        case .missing: "no data"
        }
    }

    /// Decimals that machine formats (CSV, JSON) add to a number's display decimals, so that
    /// scripts get the full precision: hectares to 0.1 m² (5 decimals), ratios to 1e-6,
    /// metres to 0.1 mm. People's tables keep the display rounding.
    public static let machineExtraDecimals = 3

    /// How scripts read the cell (CSV, JSON): numbers with ``machineExtraDecimals`` more
    /// decimals than ``text``; otherwise as ``text``.
    public var machineText: String {
        if case .number(let v, let d) = self, v.isFinite { return FixedDecimal.format(v, d + Self.machineExtraDecimals) }
        return text
    }

    /// True for numbers (right-aligned in tables).
    var isNumeric: Bool {
        switch self {
        case .number, .integer: true
        default: false
        }
    }
}

/// A column: a key for machines, a title with its unit for people.
public struct Column: Sendable, Hashable {
    /// snake_case key, used in CSV headers and JSON; stable across versions.
    public var key: String
    /// Header for people, with the unit in brackets, e.g. `"area (ha)"`.
    public var title: String

    /// Creates a column.
    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }
}

/// A result table: what every analysis command prints, in any format.
public struct Table: Sendable {
    /// A title for people.
    public var title: String
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]
    /// Lines printed under the table for people (definitions, caveats, sources).
    public var notes: [String]

    /// Creates a table.
    public init(title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

extension Table {
    /// The table with only the columns whose keys are in `keys`, in that order; nil names
    /// the first unknown key.
    public func selecting(_ keys: [String]) -> (table: Table, unknown: String?) {
        var indices: [Int] = []
        for key in keys {
            guard let i = columns.firstIndex(where: { $0.key == key }) else { return (self, key) }
            indices.append(i)
        }
        return (Table(title: title, columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } }, notes: notes), nil)
    }
}
