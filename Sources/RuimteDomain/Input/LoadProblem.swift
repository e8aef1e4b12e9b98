import RuimteFormats
import RuimteGeometry

/// One problem found in an input file: which file, which feature, what is wrong.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
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

extension LoadProblem {
    /// `problems` with those that many features of one file share said once: a message found
    /// for more than `limit` features becomes one line with the count and the first features,
    /// in the place of its first occurrence.
    public static func perLayer(_ problems: [LoadProblem], limit: Int = 3) -> [LoadProblem] {
        struct Key: Hashable {
            let file: String
            let message: String
        }
        var groups: [Key: [String]] = [:]
        for p in problems {
            if let f = p.feature { groups[Key(file: p.file, message: p.message), default: []].append(f) }
        }
        var said: Set<Key> = []
        return problems.compactMap { p in
            let key = Key(file: p.file, message: p.message)
            guard let features = groups[key], features.count > limit else { return p }
            guard said.insert(key).inserted else { return nil }
            let first = features.prefix(limit).joined(separator: ", ")
            return LoadProblem(
                file: p.file, feature: "\(features.count) features (\(first), …)", message: p.message)
        }
    }
}

/// Why a layer could not be loaded: every problem found, not just the first.
public struct LayerError: ReportedError, Sendable, CustomStringConvertible {
    /// ``ExitStatus/noInput`` when the file could not be read at all, ``ExitStatus/badData``
    /// when it was read and holds bad data, ``ExitStatus/unavailable`` when its format needs
    /// GDAL and GDAL cannot be loaded.
    public var exitStatus: ExitStatus
    /// Every problem found, in file order.
    public var problems: [LoadProblem]

    /// Creates a layer error.
    public init(_ status: ExitStatus, _ problems: [LoadProblem]) {
        self.exitStatus = status
        self.problems = problems
    }

    /// One line per problem, a problem that many features share said once (``LoadProblem/perLayer(_:limit:)``).
    public var lines: [String] { LoadProblem.perLayer(problems).map(\.description) }
    public var description: String { lines.joined(separator: "\n") }
}

extension LoadProblem: ReportedError {
    public var exitStatus: ExitStatus { .badData }
    public var lines: [String] { [description] }
}
