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

    /// The filter in words, for table notes.
    public var description: String { "status is " + statuses.map { "'\($0)'" }.joined(separator: " or ") }
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

    /// One line for the table notes, nil when nothing was left out or unknown.
    public func line(objects: String, filter: String) -> String? {
        var parts: [String] = []
        if history.isHistory, let date = history.date {
            let superseded = history.voorkomens - history.inactive - (history.objects - history.withoutValidVoorkomen)
            parts.append(
                "BAG history on \(date): \(history.voorkomens) voorkomens of \(history.objects) \(objects); left out "
                    + "\(superseded) voorkomens not valid on that date, \(history.inactive) inactive voorkomens and "
                    + "\(history.withoutValidVoorkomen) \(objects) without a voorkomen valid on that date")
        }
        if !otherStatus.isEmpty {
            let counts = otherStatus.sorted { $0.key < $1.key }.map { "\($0.value) '\($0.key)'" }
            parts.append("left out for their status: \(counts.joined(separator: ", ")) (kept: \(filter))")
        }
        if yearUnknown > 0 { parts.append("\(yearUnknown) with bouwjaar 9999, read as unknown") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
