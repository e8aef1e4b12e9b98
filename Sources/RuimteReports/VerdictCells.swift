import RuimteDomain

/// Verdicts as cells: the stable code for machines, a short word for people (the table's
/// legend says what "undetermined" means).
extension Cell {
    /// A milieuzonering verdict.
    static func verdict(_ v: Verdict) -> Cell { .coded(v.rawValue, v.label) }

    /// A within-distance verdict.
    static func within(_ v: WithinVerdict?) -> Cell { v.map { .coded($0.rawValue, $0.label) } ?? .missing }

    /// A park's traffic light.
    static func light(_ l: TrafficLight) -> Cell { .coded(l.rawValue, l.label) }

    /// BP-7's compensation verdict.
    static func compensation(_ c: CompensationVerdict) -> Cell { .coded(c.rawValue, c.label) }

    /// A site named by a reference: its id for machines, its name for people.
    static func site(_ ref: SiteRef) -> Cell { .site(ref.id, ref.name) }
}
