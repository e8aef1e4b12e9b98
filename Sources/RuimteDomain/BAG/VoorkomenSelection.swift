import RuimteFormats

/// One object per BAG `identificatie`, from a layer that holds every voorkomen (version) of
/// each object, as a Kadaster LV BAG 2.0 extract does (GDAL's `LVBAG` driver, or the extract
/// converted to another format): the voorkomen valid on a reference date.
///
/// A voorkomen is valid on day *D* when `beginGeldigheid` ≤ *D* and *D* < `eindGeldigheid`
/// (no end: still valid), and it was never made inactive (`tijdstipInactief` empty: an
/// inactive voorkomen was withdrawn as a mistake). Where two are valid, the higher
/// `voorkomenIdentificatie` counts. An object without a voorkomen valid on *D* (demolished
/// and ended before, registered after, or only inactive voorkomens) is left out and counted.
/// A layer without `voorkomenIdentificatie` and `beginGeldigheid` passes unchanged.
///
/// The selection keeps one feature per object while it reads (not every voorkomen), then
/// hands the kept features on in file order.
public final class VoorkomenSelection: FeatureSource, @unchecked Sendable {
    /// The source read.
    public let base: any FeatureSource
    /// The reference date.
    public let date: BAGDate
    /// What the last read found; empty before a read.
    public private(set) var summary = VoorkomenSummary()

    /// A selection of `base`'s voorkomens valid on `date`.
    public init(_ base: any FeatureSource, on date: BAGDate) {
        self.base = base
        self.date = date
    }

    public var name: String { base.name }

    /// How one voorkomen reads.
    private struct Voorkomen {
        var number: Double
        var begin: BAGDate?
        var end: BAGDate?
        var inactive: Bool
    }

    /// The fields that mark a layer as holding history.
    static let historyFields: Set<String> = ["voorkomenidentificatie", "begingeldigheid"]

    public func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
        summary = VoorkomenSummary(date: date)
        var kept: [String: (Voorkomen, SourceFeature)] = [:]
        var objects: Set<String> = []
        var passed: [SourceFeature] = []
        var history: Bool?
        try base.read(header: header) { f in
            if history == nil {
                history = Self.hasHistory(f.properties)
                summary.isHistory = history == true
            }
            guard history == true, f.problem == nil, let id = Self.text(f, "identificatie") else {
                if history == true { passed.append(f) } else { feature(f) }
                return
            }
            summary.voorkomens += 1
            objects.insert(id)
            let v = Self.voorkomen(f)
            guard v.inactive == false else {
                summary.inactive += 1
                return
            }
            guard v.begin.map({ $0 <= date }) ?? true, v.end.map({ date < $0 }) ?? true else { return }
            if let (old, _) = kept[id], old.number >= v.number { return }
            kept[id] = (v, f)
        }
        guard history == true else { return }
        summary.objects = objects.count
        summary.withoutValidVoorkomen = objects.count - kept.count
        let all = (kept.values.map(\.1) + passed).sorted { $0.index < $1.index }
        for f in all { feature(f) }
    }

    /// True when `properties` carry a voorkomen's history fields.
    static func hasHistory(_ properties: [String: JSONValue]) -> Bool {
        properties.keys.contains { key in
            historyFields.contains { $0 == key.lowercased() || $0.prefix(10) == key.lowercased() }
        }
    }

    private static func voorkomen(_ f: SourceFeature) -> Voorkomen {
        Voorkomen(
            number: value(f, "voorkomenidentificatie")?.numberValue ?? 0,
            begin: text(f, "begingeldigheid").flatMap(BAGDate.init),
            end: text(f, "eindgeldigheid").flatMap(BAGDate.init),
            inactive: text(f, "tijdstipinactief").map { !$0.isEmpty } ?? false)
    }

    /// The value of `name` in any case or cut to 10 characters (a Shapefile's `voorkomeni`),
    /// nil when absent or null.
    static func value(_ f: SourceFeature, _ name: String) -> JSONValue? {
        if let v = f.properties[name] { return v == .null ? nil : v }
        let short = String(name.prefix(10))
        return f.properties.filter { $0.value != .null && [name, short].contains($0.key.lowercased()) }
            .min { $0.key < $1.key }?.value
    }

    private static func text(_ f: SourceFeature, _ name: String) -> String? {
        switch value(f, name) {
        case .string(let s)?: s.isEmpty ? nil : s
        case .number(let n)?: FixedDecimal.format(n, 0)
        default: nil
        }
    }
}

/// What a ``VoorkomenSelection`` read and left out.
public struct VoorkomenSummary: Sendable, Hashable {
    /// The reference date.
    public var date: BAGDate?
    /// True when the layer held history (voorkomens).
    public var isHistory = false
    /// Voorkomens read.
    public var voorkomens = 0
    /// Distinct objects (identificatie) among them.
    public var objects = 0
    /// Inactive voorkomens (left out).
    public var inactive = 0
    /// Objects without a voorkomen valid on the date (left out).
    public var withoutValidVoorkomen = 0
}
