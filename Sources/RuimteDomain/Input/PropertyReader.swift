import RuimteFormats

/// Typed access to a feature's properties, recording a problem for each wrong type.
struct PropertyReader {
    let feature: CheckedFeature
    var problems: [String] = []

    init(_ feature: CheckedFeature) { self.feature = feature }

    private func value(_ keys: [String]) -> (String, JSONValue)? {
        for key in keys {
            if let v = feature.properties[key], v != .null { return (key, v) }
            if let match = feature.properties.first(where: { $0.key.lowercased() == key.lowercased() }), match.value != .null {
                return (match.key, match.value)
            }
        }
        return nil
    }

    mutating func string(_ keys: String...) -> String? {
        guard let (key, v) = value(keys) else { return nil }
        if case .string(let s) = v { return s }
        if case .number(let n) = v { return FixedDecimal.format(n, 6, trimZeros: true) }
        problems.append("\"\(key)\" is \(v.typeDescription), expected text")
        return nil
    }

    mutating func number(_ keys: String...) -> Double? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n.isFinite { return n }
        problems.append("\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a number")
        return nil
    }

    mutating func count(_ keys: String...) -> Int? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n >= 0, n == n.rounded(), n < 1e12 { return Int(n) }
        problems.append("\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a whole number")
        return nil
    }

    mutating func bool(_ keys: String...) -> Bool? {
        guard let (key, v) = value(keys) else { return nil }
        if case .bool(let b) = v { return b }
        problems.append("\"\(key)\" is \(v.typeDescription), expected true or false")
        return nil
    }

    mutating func category(_ keys: String...) -> Milieucategorie? {
        guard let (key, v) = value(keys) else { return nil }
        let text: String
        switch v {
        case .string(let s): text = s
        case .number(let n): text = FixedDecimal.format(n, 1, trimZeros: true)
        default:
            problems.append("\"\(key)\" is \(v.typeDescription), expected a milieucategorie")
            return nil
        }
        guard let c = Milieucategorie(parsing: text) else {
            problems.append("unknown milieucategorie \"\(text)\" in \"\(key)\"; expected one of \(Milieucategorie.validList)")
            return nil
        }
        return c
    }

    /// The `source` object (or string, taken as the geometry's source), sorted by key.
    mutating func sources() -> [String: String] {
        guard let (key, v) = value(["source"]) else { return [:] }
        switch v {
        case .string(let s): return ["geometry": s]
        case .object(let members):
            return members.compactMapValues { $0.stringValue }
        default:
            problems.append("\"\(key)\" is \(v.typeDescription), expected text or an object of texts")
            return [:]
        }
    }

    /// Every `*_note` property, keyed by the figure name.
    func notes() -> [String: String] {
        var notes: [String: String] = [:]
        for (key, v) in feature.properties where key.hasSuffix("_note") {
            if let s = v.stringValue { notes[String(key.dropLast(5))] = s }
        }
        return notes
    }
}

extension JSONValue {
    /// A short rendering of a scalar for error messages.
    var shortText: String {
        switch self {
        case .string(let s): "\"\(s.prefix(40))\""
        case .number(let n): FixedDecimal.format(n, 6, trimZeros: true)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array: "[...]"
        case .object: "{...}"
        }
    }
}
