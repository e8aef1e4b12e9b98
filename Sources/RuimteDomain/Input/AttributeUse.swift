import Foundation
import RuimteFormats

/// Which attributes of a layer Ruimte read, so that `validate` can list the others: nothing
/// is dropped silently.
public final class AttributeUse: @unchecked Sendable {
    /// Every attribute name seen on a feature.
    public private(set) var seen: Set<String> = []
    /// The attribute names a loader read.
    public private(set) var used: Set<String> = []

    init() {}

    /// Whether the source listed its fields once (GDAL's layer definition): then every feature
    /// has the same ones and nothing is recorded per feature.
    private var fixed = false

    func fix(_ fields: [String]) {
        seen.formUnion(fields)
        fixed = true
    }

    /// The previous feature's attribute names: features of one layer mostly share them, and
    /// comparing a handful of short names is cheaper than hashing them into ``seen`` again.
    private var previous: [String] = []

    func saw(_ names: Dictionary<String, JSONValue>.Keys) {
        guard !fixed else { return }
        if names.count == previous.count, names.allSatisfy(previous.contains) { return }
        seen.formUnion(names)
        previous = Array(names)
    }
    func read(_ name: String) { used.insert(name) }

    /// A fresh log for one thread's share of a layer, to be ``merge(_:)``d afterwards.
    func forThread() -> AttributeUse {
        let log = AttributeUse()
        log.fixed = fixed
        log.renamed = renamed
        return log
    }

    /// Adds what `other` (a thread's log of the same layer) saw and read.
    func merge(_ other: AttributeUse) {
        seen.formUnion(other.seen)
        used.formUnion(other.used)
    }

    /// Fields renamed by `--field TARGET=SOURCE`, source (lower case) → target: a source is used
    /// when its target is read.
    var renamed: [String: String] = [:]

    /// The attributes seen but never read, sorted.
    public var unused: [String] {
        let targets = Set(renamed.values)
        return seen.filter { name in
            !used.contains(name) && !targets.contains(name)
                && !(renamed[name.lowercased()].map(used.contains) ?? false)
        }.sorted()
    }
}
