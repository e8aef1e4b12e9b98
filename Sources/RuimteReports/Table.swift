import RuimteFormats
import RuimteGeometry

/// One value in a result table, with how it is written.
///
/// Numbers carry their number of decimals (hectares 2, metres 1, ratios 3), so every
/// output format writes them the same way. A missing value is never written as 0.
public enum Cell: Sendable, Hashable {
    /// Text, the same for people and machines.
    case text(String)
    /// A value with a stable code for machines (a site's id, a verdict) and a label for people
    /// (the site's name, a short verdict word in each language).
    case coded(code: String, label: Phrase)
    /// A number written with a fixed number of decimals.
    case number(Double, decimals: Int)
    /// A whole number.
    case integer(Int)
    /// A range of numbers, low to high, both with `decimals` decimals: what the sources or the
    /// accuracy leave open. Machines get it as a `_low`/`_high` pair.
    case interval(Double, Double, decimals: Int)
    /// No value: a source states nothing, or the data cannot carry one. Empty in CSV, null in JSON.
    case missing

    /// A number or ``missing``.
    public static func number(_ value: Double?, _ decimals: Int) -> Cell {
        value.map { .number($0, decimals: decimals) } ?? .missing
    }

    /// A whole number or ``missing``.
    public static func integer(_ value: Int?) -> Cell { value.map { .integer($0) } ?? .missing }

    /// A range of numbers or ``missing``.
    public static func range(_ value: ClosedRange<Double>?, _ decimals: Int) -> Cell {
        value.map { .interval($0.lowerBound, $0.upperBound, decimals: decimals) } ?? .missing
    }

    /// A site: its id for machines, its name for people.
    public static func site(_ id: String, _ name: String) -> Cell { .coded(code: id, label: .verbatim(name)) }

    /// A coded value whose label is declared: `code` for machines, the label for people.
    public static func coded(_ code: String, _ label: Label) -> Cell { .coded(code: code, label: label()) }

    /// Words for people in their language; machines get the English words (so that a CSV reads
    /// the same whatever `--lang` says).
    public static func phrase(_ phrase: Phrase) -> Cell { .coded(code: Language.en(phrase), label: phrase) }

    /// Text or ``missing``.
    public static func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .missing }

    /// What people's tables show for a missing value; a legend line under the table says so.
    public static let missingText = "–"

    /// How people read the cell in English: a range as `low-high` (see ``rangeText``),
    /// ``missingText`` for a missing value.
    public var text: String {
        switch self {
        case .text(let s): s
        case .coded(_, let label): Language.en(label)
        case .number(let v, let d): FixedDecimal.format(v, d)
        case .integer(let i): String(i)
        case .interval(let low, let high, let d):
            Self.rangeText(Self.bound(low, d), Self.bound(high, d), plain: low >= 0 && high >= low)
        case .missing: Self.missingText
        }
    }

    /// One end of a range: its digits, or ∞ for an end the data leave unbounded.
    private static func bound(_ value: Double, _ decimals: Int) -> String {
        value.isInfinite ? (value > 0 ? "∞" : "-∞") : FixedDecimal.format(value, decimals)
    }

    /// `low-high`, one number when both ends read the same, `low / high` when a dash would
    /// mislead (a negative end, or ends that are changes rather than a range).
    private static func rangeText(_ low: String, _ high: String, plain: Bool) -> String {
        low == high ? low : plain ? low + "-" + high : low + " / " + high
    }

    /// Decimals that machine formats (CSV, JSON) add to a number's display decimals, so that
    /// scripts get the full precision: hectares to 0.1 m² (5 decimals), ratios to 1e-6,
    /// metres to 0.1 mm. People's tables keep the display rounding.
    public static let machineExtraDecimals = 3

    /// True for numbers and ranges (right-aligned in tables).
    var isNumeric: Bool {
        switch self {
        case .number, .integer, .interval: true
        default: false
        }
    }
}

/// The one type of a column's values in CSV and JSON.
public enum ColumnKind: String, Sendable, Hashable {
    /// Text (or a code); JSON strings.
    case text
    /// Decimal numbers; JSON numbers.
    case number
    /// Whole numbers; JSON integers.
    case integer
    /// A range of numbers: machines get two number columns, `<key>_low` and `<key>_high`.
    case range
    /// A value that is a number, a range or a word depending on the row (the scenario's
    /// metrics, one per row): machines get `<key>_low`, `<key>_high` (numbers) and
    /// `<key>_text` (the word), only one of which is filled.
    case value
}

/// Where a column shows in people's tables (machines always get every column).
public enum ColumnRole: Sendable, Hashable {
    /// Always shown.
    case main
    /// Shown with `--wide` only: the table stays within 100 terminal columns without it.
    case detail
    /// Long text, printed as a note under the table (row label: text) instead of a column.
    case note
}

/// A column: a key for machines, a short title with its unit for people, and what it means.
public struct Column: Sendable, Hashable {
    /// snake_case key, used in CSV headers and JSON; stable across versions.
    public var key: String
    /// Short header for people, with the unit in brackets, e.g. "area (ha)".
    public var title: Phrase
    /// The type of the column's values in CSV and JSON.
    public var kind: ColumnKind
    /// Where it shows in people's tables.
    public var role: ColumnRole
    /// What the short header means, printed as a legend line under people's tables.
    public var legend: Phrase?

    /// Creates a column.
    public init(
        _ key: String, _ title: Phrase, _ kind: ColumnKind = .text, role: ColumnRole = .main, legend: Phrase? = nil
    ) {
        self.key = key
        self.title = title
        self.kind = kind
        self.role = role
        self.legend = legend
    }
}

extension Column {
    /// The keys machines get for this column (see ``ColumnKind``).
    public var machineKeys: [String] {
        switch kind {
        case .text, .number, .integer: [key]
        case .range: [key + "_low", key + "_high"]
        case .value: [key + "_low", key + "_high", key + "_text"]
        }
    }
}

/// A result table: what every analysis command prints, in any format.
public struct Table: Sendable {
    /// The stable machine name (JSON `name`), the same in every language.
    public var name: String
    /// A title for people.
    public var title: Phrase
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]
    /// Lines printed under the table for people (definitions, caveats, sources).
    public var notes: [Phrase]

    /// Creates a table named `name` for machines.
    public init(name: String, title: Phrase, columns: [Column], rows: [[Cell]] = [], notes: [Phrase] = []) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

extension Table {
    /// A table whose machine name is its title label's code without the `table.` prefix.
    public init(
        _ title: Label, _ arguments: Phrase.Argument..., columns: [Column], rows: [[Cell]] = [],
        notes: [Phrase] = []
    ) {
        let name = title.code.hasPrefix("table.") ? String(title.code.dropFirst(6)) : title.code
        self.init(name: name, title: .label(title, arguments), columns: columns, rows: rows, notes: notes)
    }
}

extension Table {
    /// The table with only the columns whose keys (or machine keys, such as `x_low`) are in
    /// `keys`, in that order; nil names the first unknown key.
    public func selecting(_ keys: [String]) -> (table: Table, unknown: String?) {
        var indices: [Int] = []
        for key in keys {
            guard let i = columns.firstIndex(where: { $0.key == key || $0.machineKeys.contains(key) }) else {
                return (self, key)
            }
            if !indices.contains(i) { indices.append(i) }
        }
        return (
            Table(
                name: name, title: title, columns: indices.map { columns[$0] },
                rows: rows.map { row in indices.map { row[$0] } }, notes: notes), nil
        )
    }

    /// Every cell that does not fit its column's ``ColumnKind``, as "table: column, row n: what";
    /// empty when every machine column has one type.
    public var typeProblems: [String] {
        var problems: [String] = []
        for (r, row) in rows.enumerated() {
            if row.count != columns.count {
                problems.append("\(name): row \(r + 1) has \(row.count) cells for \(columns.count) columns")
            }
            for (column, cell) in zip(columns, row) where !column.kind.accepts(cell) {
                problems.append("\(name): \(column.key), row \(r + 1): \(cell) in a \(column.kind.rawValue) column")
            }
        }
        return problems
    }
}

extension ColumnKind {
    /// True when `cell` is a value of this kind (or missing).
    func accepts(_ cell: Cell) -> Bool {
        switch (self, cell) {
        case (_, .missing), (.value, _), (.text, .text), (.text, .coded), (.number, .number), (.integer, .integer),
            (.range, .interval), (.range, .number), (.range, .integer):
            true
        default:
            false
        }
    }
}
