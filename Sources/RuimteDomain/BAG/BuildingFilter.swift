/// Which panden of a buildings layer count as standing buildings: those whose BAG `status`
/// is one of ``statuses`` (compared ignoring case). A layer without a `status` field is not
/// filtered on it.
///
/// The BAG's StatusPand has ten values (Catalogus BAG 2.0, domeinwaarden). Standing are
/// "Pand in gebruik", "Pand in gebruik (niet ingemeten)", "Verbouwing pand", "Pand buiten
/// gebruik" and "Sloopvergunning verleend" (a permit to demolish: the building still stands).
/// Left out are "Bouwvergunning verleend" and "Bouw gestart" (not built yet), "Niet
/// gerealiseerd pand", "Pand gesloopt" and "Pand ten onrechte opgevoerd".
public struct BuildingFilter: Sendable, Hashable {
    /// Accepted values of `status`.
    public var statuses: [String]

    /// The BAG's statuses of a standing pand.
    public static let bag = BuildingFilter(statuses: [
        "Pand in gebruik", "Pand in gebruik (niet ingemeten)", "Verbouwing pand", "Pand buiten gebruik",
        "Sloopvergunning verleend",
    ])

    /// Creates a filter.
    public init(statuses: [String]) { self.statuses = statuses }

    /// Whether a pand of `status` counts.
    public func accepts(_ status: String) -> Bool {
        let lower = status.lowercased()
        return statuses.contains { $0.lowercased() == lower }
    }
}

/// What the BAG's lifecycle left out of a buildings or dwellings layer: the voorkomens not
/// valid on the reference date and the objects of another status, for one note line.
public struct BAGSelectionNote: Sendable, Hashable {
    /// The voorkomens read and left out (empty for a layer without history).
    public var history = VoorkomenSummary()
    /// Objects left out, by their status as the file spells it.
    public var otherStatus: [String: Int] = [:]
    /// Objects whose `oorspronkelijkBouwjaar` or `bouwjaar` is 9999, the BAG's placeholder
    /// for an unknown year (kept; the year is read as unknown).
    public var yearUnknown = 0

    /// Adds `other`'s counts (of another part of the same layer).
    mutating func add(_ other: BAGSelectionNote) {
        otherStatus.merge(other.otherStatus, uniquingKeysWith: +)
        yearUnknown += other.yearUnknown
    }

    /// Voorkomens read that were not valid on the reference date (superseded by another of
    /// the same object), as distinct from the inactive ones and the objects without any.
    public var supersededVoorkomens: Int {
        history.voorkomens - history.inactive - (history.objects - history.withoutValidVoorkomen)
    }

    /// Whether anything was left out or read as unknown (a note is due).
    public var isEmpty: Bool { !history.isHistory && otherStatus.isEmpty && yearUnknown == 0 }
}
