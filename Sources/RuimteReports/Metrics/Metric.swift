import RuimteDomain

/// A metric declared once: its machine key, its code in notebooks-md/metrics.md, how people and
/// machines see it, its definition, its accuracy band, and how it is read from a typed result.
///
/// Every table, CSV/JSON export, GeoPackage attribute, scenario comparison and report
/// definition that shows the metric is built from this declaration: adding a metric is its
/// computation, its declaration and its tests.
public struct Metric<Subject>: Sendable {
    /// The snake_case machine key (CSV header, JSON key, GeoPackage field).
    public let key: String
    /// The code in notebooks-md/metrics.md ("BP-4"), nil for a plain attribute.
    public let code: String?
    /// The short header for people, with its unit.
    public let header: Phrase
    /// The value type machines get.
    public let kind: ColumnKind
    /// Where it shows in people's tables.
    public let role: ColumnRole
    /// What the header means, under people's tables.
    public let legend: Phrase?
    /// The formula line of the report's definitions; nil for attributes that are not defined there.
    public let definition: Label?
    /// How the accuracy of the outlines reaches the value: nil when it does not depend on positions.
    public let band: Label?
    /// True when the scenario comparison shows it (the site itself and notes are not compared).
    public let compared: Bool
    /// The value for one subject.
    public let value: @Sendable (Subject) -> Cell

    /// Declares a metric.
    public init(
        _ key: String, code: String? = nil, header: Phrase, kind: ColumnKind = .text, role: ColumnRole = .main,
        legend: Phrase? = nil, definition: Label? = nil, band: Label? = nil, compared: Bool = true,
        value: @escaping @Sendable (Subject) -> Cell
    ) {
        self.key = key
        self.code = code
        self.header = header
        self.kind = kind
        self.role = role
        self.legend = legend
        self.definition = definition
        self.band = band
        self.compared = compared
        self.value = value
    }

    /// The metric's column in a table.
    public var column: Column { Column(key, header, kind, role: role, legend: legend) }
}

extension Table {
    /// A table of `metrics` with one row per subject.
    init<Subject>(_ title: Label, metrics: [Metric<Subject>], subjects: [Subject], notes: [Phrase]) {
        self.init(
            title, columns: metrics.map(\.column), rows: subjects.map { s in metrics.map { $0.value(s) } },
            notes: notes)
    }
}

/// The defined metrics of every kind, for the reports' definitions sections.
public enum MetricDefinitions {
    /// Each metric with a code and a definition, by code; a definition reads "name: formula".
    public static func all(_ parameters: PressureParameters = .standard, parkMetrics: [Metric<ParkPressure>]? = nil)
        -> [(code: String, definition: Label)]
    {
        let parks = (parkMetrics ?? ParkMetrics.all(parameters)).compactMap { m in
            m.code.flatMap { c in m.definition.map { (c, $0) } }
        }
        let centres = CentreMetrics.all(parameters).compactMap { m in
            m.code.flatMap { c in m.definition.map { (c, $0) } }
        }
        return (parks + centres).sorted { $0.0 < $1.0 }.map { (code: $0.0, definition: $0.1) }
    }
}
