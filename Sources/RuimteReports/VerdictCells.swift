import RuimteDomain

/// Verdicts as cells: the stable wording for machines, a short word for people (the table's
/// legend says what "undetermined" means).
extension Cell {
    /// A milieuzonering verdict.
    static func verdict(_ v: Verdict) -> Cell { .coded(code: v.rawValue, label: v == .undetermined ? "undetermined" : v.rawValue) }

    /// A within-distance verdict.
    static func within(_ v: WithinVerdict?) -> Cell {
        v.map { .coded(code: $0.rawValue, label: $0 == .undetermined ? "undetermined" : $0.rawValue) } ?? .missing
    }

    /// A park's traffic light.
    static func light(_ l: TrafficLight) -> Cell { .coded(code: l.rawValue, label: l == .undetermined ? "undetermined" : l.rawValue) }

    /// BP-7's compensation verdict.
    static func compensation(_ c: CompensationVerdict) -> Cell {
        .coded(code: c.rawValue, label: c == .undetermined ? "undetermined" : c.rawValue)
    }

    /// A site named by a reference: its id for machines, its name for people.
    static func site(_ ref: SiteRef) -> Cell { .site(ref.id, ref.name) }
}
