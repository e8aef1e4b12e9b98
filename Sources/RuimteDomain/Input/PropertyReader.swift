import Foundation
import RuimteFormats

/// Typed access to a feature's properties, recording a problem for each wrong type.
struct PropertyReader {
    let feature: CheckedFeature
    var problems: [String] = []
    /// The keys whose value was present but refused (a problem in ``problems`` names each).
    private(set) var refusedKeys: Set<String> = []

    /// Records that the value of `key` (as the file names it) is refused, and why.
    mutating func fail(_ key: String, _ problem: String) {
        problems.append(problem)
        refusedKeys.insert(key)
    }

    /// True when the value of `key` was present but refused, however the file wrote its name
    /// (in other case, or cut to 10 characters by a Shapefile).
    func refused(_ key: String) -> Bool {
        refusedKeys.contains { $0.lowercased() == key || $0.lowercased() == key.prefix(10) }
    }
    private let use: AttributeUse?

    init(_ feature: CheckedFeature, use: AttributeUse? = nil) {
        self.feature = feature
        self.use = use
        use?.saw(feature.properties.keys)
        if let key = feature.idKey { use?.read(key) }
    }

    /// Every attribute name the loaders read, to tell a Shapefile-truncated name apart from
    /// an ambiguous one.
    static let knownNames = [
        "aantal_bouwlagen", "accuracy_m", "b3_bouwlagen", "b3_h_70p", "b3_h_dak_70p", "b3_h_maaiveld",
        "building:levels",
        "gebruiksdoel", "height", "hoogte", "begingeldigheid", "eindgeldigheid", "oorspronkelijkbouwjaar",
        "tijdstipinactief", "voorkomenidentificatie",
        "status", "area_type", "bouwlagen", "figures_year", "firms", "floor_area_basis", "floor_area_m2",
        "floors", "hectares_stated", "jobs", "location_status", "max_hindercat_terrein", "max_milieucategorie",
        "milieucategorie", "rinnummer", "plan_naam", "bedrijventerrein", "oppbruto", "oppnetto", "ha_bruto", "ha_netto",
        "ha_tottuit", "jaar",
        "naam", "name", "opp_bruto", "opp_netto", "opp_terstond_uitgeefbaar", "park", "plannaam", "planned_dwellings",
        "planned_dwellings_max", "planned_dwellings_min", "rin_nummer", "shops", "source", "terrein_id",
        "watergebonden", "kind", "soort", "effect", "lden_db", "aandachtsgebied",
    ]

    /// Shapefile names (the first 10 characters) that stand for exactly one known name, e.g.
    /// `milieucate` for `milieucategorie`; `planned_dw` could be the minimum or the maximum
    /// and is not guessed.
    static let truncatedNames: [String: String] = {
        let long = knownNames.filter { $0.count > 10 }
        let groups = Dictionary(grouping: long) { String($0.prefix(10)) }
        return groups.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }()

    /// The first of `keys` the feature has (not null): by exact name, then ignoring case,
    /// then as a Shapefile truncates it when that is unambiguous (``truncatedNames``).
    func value(_ keys: [String]) -> (String, JSONValue)? {
        guard let found = lookUp(keys) else { return nil }
        use?.read(found.0)
        return found
    }

    func lookUp(_ keys: [String]) -> (String, JSONValue)? {
        for key in keys {
            if let v = feature.properties[key], v != .null { return (key, v) }
            let lower = key.lowercased()
            let truncated = String(lower.prefix(10))
            for wanted in Self.truncatedNames[truncated] == lower ? [lower, truncated] : [lower] {
                // The smallest matching name, so that the choice does not depend on dictionary order.
                if let match = feature.properties.filter({ $0.key.lowercased() == wanted && $0.value != .null }).min(
                    by: { $0.key < $1.key })
                {
                    return (match.key, match.value)
                }
            }
        }
        return nil
    }

    /// True when the feature has any of `keys` (not null).
    func has(_ keys: String...) -> Bool { keys.contains { lookUp([$0]) != nil } }

    /// A number, or text holding one (CSV, OSM tags); nil when absent or not a number. For
    /// optional figures that must never fail a load.
    func lenientNumber(_ keys: String...) -> Double? {
        switch value(keys)?.1 {
        case .number(let n)?: n.isFinite ? n : nil
        case .string(let s)?: Double(s.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        default: nil
        }
    }

    /// A list of texts: a JSON array, or text separated by commas (BAG's gebruiksdoel).
    func textList(_ keys: String...) -> [String]? {
        switch value(keys)?.1 {
        case .array(let items)?: items.compactMap(\.stringValue)
        case .string(let s)?: s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        default: nil
        }
    }

    mutating func string(_ keys: String...) -> String? { string(keys) }

    mutating func string(_ keys: [String]) -> String? {
        guard let (key, v) = value(keys) else { return nil }
        if case .string(let s) = v { return s }
        if case .number(let n) = v { return FixedDecimal.format(n, 6, trimZeros: true) }
        fail(key, "\"\(key)\" is \(v.typeDescription), expected text")
        return nil
    }

    mutating func number(_ keys: String...) -> Double? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n.isFinite { return n }
        fail(key, "\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a number")
        return nil
    }

    /// A number that cannot be negative (hectares, metres); a negative one is a problem.
    mutating func nonNegative(_ keys: String..., unit: String) -> Double? {
        nonNegative(keys, unit: unit, atMost: Self.ceiling[unit] ?? .greatestFiniteMagnitude)
    }

    /// The largest value that makes sense per unit, refused above it before any geometry work
    /// (an accuracy of 1e200 m made GEOS fail with NaN): 10 km of positional accuracy (a site
    /// in a municipality), 1,000,000 ha (a quarter of the Netherlands) and the same in m².
    static let ceiling: [String: Double] = [
        "metres of positional accuracy": 10_000, "hectares": maximumHectares, "m2": 1e10,
    ]

    /// The largest area that makes sense for a site, hectares.
    static let maximumHectares = 1_000_000.0

    mutating func nonNegative(_ keys: [String], unit: String, atMost ceiling: Double) -> Double? {
        guard let (key, v) = value(keys) else { return nil }
        guard case .number(let n) = v, n.isFinite else {
            fail(key, "\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a number of \(unit)")
            return nil
        }
        guard n >= 0 else {
            fail(
                key,
                "\"\(key)\" is negative (\(FixedDecimal.format(n, 2, trimZeros: true))); expected \(unit), 0 or more")
            return nil
        }
        guard n <= ceiling else {
            fail(
                key,
                "\"\(key)\" is \(v.shortText), more than \(FixedDecimal.format(ceiling, 0)) \(unit) makes sense for "
                    + "a site"
            )
            return nil
        }
        return n
    }

    /// The positional accuracy `accuracy_m` in metres, 0 or more.
    mutating func accuracy() -> Double? { nonNegative("accuracy_m", unit: "metres of positional accuracy") }

    mutating func count(_ keys: String...) -> Int? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n >= 0, n == n.rounded(), n < 1e12 { return Int(n) }
        fail(key, "\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a whole number")
        return nil
    }

    mutating func bool(_ keys: String...) -> Bool? {
        guard let (key, v) = value(keys) else { return nil }
        if case .bool(let b) = v { return b }
        fail(key, "\"\(key)\" is \(v.typeDescription), expected true or false")
        return nil
    }

    /// A milieucategorie, or a range of them written `3.1-3.2` (a source that states only a
    /// class). A number must be one of the categories exactly: 3.15 is not rounded to 3.1.
    mutating func category(_ keys: String...) -> ClosedRange<Milieucategorie>? {
        guard let (key, v) = value(keys) else { return nil }
        guard let text = Milieucategorie.text(of: v) else {
            fail(key, "\"\(key)\" is \(v.typeDescription), expected a milieucategorie")
            return nil
        }
        guard let range = Milieucategorie.range(parsing: text) else {
            fail(
                key,
                "unknown milieucategorie \"\(text)\" in \"\(key)\"; expected one of \(Milieucategorie.validList), "
                    + "or a range such as 3.1-3.2"
            )
            return nil
        }
        return range
    }

    /// The `source` object (or string, taken as the geometry's source), sorted by key.
    mutating func sources() -> [String: String] {
        guard let (key, v) = value(["source"]) else { return [:] }
        switch v {
        case .string(let s): return ["geometry": s]
        case .object(let members):
            return members.compactMapValues { $0.stringValue }
        default:
            fail(key, "\"\(key)\" is \(v.typeDescription), expected text or an object of texts")
            return [:]
        }
    }

    /// Every `*_note` property, keyed by the figure name.
    func notes() -> [String: String] {
        var notes: [String: String] = [:]
        for (key, v) in feature.properties where key.hasSuffix("_note") {
            use?.read(key)
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
