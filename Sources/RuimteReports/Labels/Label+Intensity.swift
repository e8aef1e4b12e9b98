import RuimteDomain
import RuimteFormats

/// The notes of `ruimte intensity`: where the floors came from, which BAG objects count, and
/// what the BAG's history and status filter left out.
extension Label {
    /// {0}: stated, {1}: the joined part (``intensityFloorsJoined``) or nothing, {2}: storey height in
    /// metres, {3}: from a height, {4}: unknown, {5}: all buildings.
    static let intensityFloors = Label(
        "intensity.floors",
        en: "floors: stated for {0}, {1}from the height at {2} m per storey for {3}, unknown for {4} of {5} buildings",
        nl: "bouwlagen: opgegeven voor {0}, {1}uit de hoogte bij {2} m per bouwlaag voor {3}, onbekend voor {4} van "
            + "{5} panden")
    /// {0}: the floors layer, {1}: its fields with their counts, {2}: buildings joined.
    static let intensityFloorsJoined = Label(
        "intensity.floors_joined", en: "joined by identificatie from {0} ({1}) for {2}, ",
        nl: "op identificatie gekoppeld uit {0} ({1}) voor {2}, ")
    /// {0}: a field, {1}: the buildings it gave floors to.
    static let intensityFloorsField = Label("intensity.floors_field", en: "{0} for {1}", nl: "{0} voor {1}")
    static let intensityFloorsUnknown = Label(
        "intensity.floors_unknown", en: " (FSI is no data for the parks they stand in)",
        nl: " (FSI is geen gegeven voor de terreinen waar ze staan)")
    /// {0}: dwellings counted, {1}: points read, {2}: the filter, {3}: skipped for use, {4}: for status.
    static let intensityDwellings = Label(
        "intensity.dwellings",
        en: "dwellings: {0} of {1} points ({2} where the layer has those fields; skipped {3} for their use, {4} for "
            + "their status)",
        nl: "woningen: {0} van {1} punten ({2} waar de laag die velden heeft; {3} overgeslagen om hun gebruiksdoel, "
            + "{4} om hun status)")
    /// {0}: the accepted uses, {1}: the accepted statuses.
    static let intensityDwellingFilter = Label(
        "intensity.dwelling_filter", en: "gebruiksdoel includes {0}, status is {1}",
        nl: "gebruiksdoel bevat {0}, status is {1}")
    /// {0}: the accepted statuses.
    static let intensityBuildingFilter = Label("intensity.building_filter", en: "status is {0}", nl: "status is {0}")
    /// {0} or {1}: two accepted values.
    static let intensityAlternative = Label("intensity.alternative", en: "{0} or {1}", nl: "{0} of {1}")
    /// {0}: the date, {1}: voorkomens read, {2}: objects, {3}: the objects' name, {4}: superseded voorkomens,
    /// {5}: inactive voorkomens, {6}: objects without a valid voorkomen.
    static let intensityHistory = Label(
        "intensity.history",
        en: "BAG history on {0}: {1} voorkomens of {2} {3}; left out {4} voorkomens not valid on that date, {5} "
            + "inactive voorkomens and {6} {3} without a voorkomen valid on that date",
        nl: "BAG-historie op {0}: {1} voorkomens van {2} {3}; weggelaten {4} voorkomens die op die datum niet "
            + "geldig zijn, {5} inactieve voorkomens en {6} {3} zonder een op die datum geldig voorkomen")
    /// {0}: counts per status, {1}: the filter kept.
    static let intensityOtherStatus = Label(
        "intensity.other_status", en: "left out for their status: {0} (kept: {1})",
        nl: "weggelaten om hun status: {0} (behouden: {1})")
    /// {0}: objects with bouwjaar 9999.
    static let intensityYearUnknown = Label(
        "intensity.year_unknown", en: "{0} with bouwjaar 9999, read as unknown",
        nl: "{0} met bouwjaar 9999, gelezen als onbekend")
}

/// Values joined by the language's "or", each in single quotes.
private func alternatives(_ values: [String]) -> Phrase {
    let quoted = values.map { Phrase.verbatim("'\($0)'") }
    guard let first = quoted.first else { return .verbatim("") }
    return quoted.dropFirst().reduce(first) { Label.intensityAlternative(.phrase($0), .phrase($1)) }
}

extension BuildingLoad {
    /// The notes under the Spacematrix table: the BAG selection (when anything was left out) and the floors.
    public var notes: [Phrase] {
        let count = { (n: Int) in Phrase.Argument.number(Double(n), 0) }
        let joined: Phrase =
            floorsSource.map { source in
                let fields = floorsFields.sorted { $0.key < $1.key }.map {
                    Label.intensityFloorsField(.text($0.key), count($0.value))
                }
                return Label.intensityFloorsJoined(
                    .text(SecretMask.masked(source)), .phrase(.joined(fields, separator: ", ")), count(floorsJoined))
            } ?? .verbatim("")
        var floors = Label.intensityFloors(
            count(floorsStated), .phrase(joined), .number(storeyHeight, 2, trim: true), count(floorsFromHeight),
            count(floorsUnknown), count(layer.count))
        if floorsUnknown > 0 { floors = .joined([floors, Label.intensityFloorsUnknown()], separator: "") }
        let kept = Label.intensityBuildingFilter(.phrase(alternatives(filter.statuses)))
        return [selection.phrase(objects: "panden", kept: kept), floors].compactMap { $0 }
    }
}

extension DwellingLoad {
    /// The note under the dwellings tables: the filter, what it skipped and what the BAG's history left out.
    public var note: Phrase {
        let count = { (n: Int) in Phrase.Argument.number(Double(n), 0) }
        let kept = Label.intensityDwellingFilter(
            .phrase(alternatives(filter.uses)), .phrase(alternatives(filter.statuses)))
        let line = Label.intensityDwellings(
            count(positions.count), count(read), .phrase(kept), count(otherUse), count(otherStatus))
        guard let history = selection.phrase(objects: "verblijfsobjecten", kept: kept) else { return line }
        return .joined([line, history], separator: "; ")
    }
}

extension BAGSelectionNote {
    /// One note, nil when nothing was left out or unknown; `objects` names the BAG objects.
    func phrase(objects: String, kept: Phrase) -> Phrase? {
        let count = { (n: Int) in Phrase.Argument.number(Double(n), 0) }
        var parts: [Phrase] = []
        if history.isHistory, let date = history.date {
            parts.append(
                Label.intensityHistory(
                    .text(date.description), count(history.voorkomens), count(history.objects), .text(objects),
                    count(supersededVoorkomens), count(history.inactive), count(history.withoutValidVoorkomen)))
        }
        if !otherStatus.isEmpty {
            let counts = otherStatus.sorted { $0.key < $1.key }.map { "\($0.value) '\($0.key)'" }
            parts.append(Label.intensityOtherStatus(.text(counts.joined(separator: ", ")), .phrase(kept)))
        }
        if yearUnknown > 0 { parts.append(Label.intensityYearUnknown(count(yearUnknown))) }
        return parts.isEmpty ? nil : .joined(parts, separator: "; ")
    }
}
