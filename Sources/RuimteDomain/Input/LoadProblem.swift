import RuimteFormats
/// One problem found in an input file: which file, which feature, what is wrong.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file path as the user gave it.
    public var file: String
    /// The feature (`id "amphoraweg"` or `feature #3`), or nil for the file as a whole.
    public var feature: String?
    /// What is wrong and, where possible, what to do.
    public var message: String

    /// Creates a problem report.
    public init(file: String, feature: String?, message: String) {
        self.file = file
        self.feature = feature
        self.message = message
    }

    public var description: String {
        if let feature { return "\(file): \(feature): \(message)" }
        return "\(file): \(message)"
    }
}

/// Why a layer could not be loaded: every problem found, not just the first.
public struct LayerError: Error, Sendable, CustomStringConvertible {
    /// Whether the file could not be read at all, or was read and holds bad data.
    public enum Reason: Sendable {
        /// Missing, a directory, or unreadable (exit code 66 in the CLI).
        case unreadable
        /// Read, but malformed or invalid (exit code 65 in the CLI).
        case badData
        /// Its format needs a library (GDAL) that cannot be loaded (exit code 69 in the CLI).
        case unavailable

        /// The reason for a source that could not be read.
        public init(_ reason: SourceError.Reason) {
            switch reason {
            case .unreadable: self = .unreadable
            case .badData: self = .badData
            case .unavailable: self = .unavailable
            }
        }
    }

    /// Whether the file could be read.
    public var reason: Reason
    /// Every problem found, in file order.
    public var problems: [LoadProblem]

    /// Creates a layer error.
    public init(_ reason: Reason, _ problems: [LoadProblem]) {
        self.reason = reason
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
