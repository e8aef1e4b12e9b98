import RuimteFormats
import RuimteGeometry

/// A buildings layer as loaded, with where each building's floors came from.
public struct BuildingLoad: Sendable {
    /// The footprints and floors.
    public var layer: BuildingLayer
    /// Buildings whose floors a floors field states.
    public var floorsStated = 0
    /// Buildings whose floors come from a height at ``storeyHeight``.
    public var floorsFromHeight = 0
    /// Buildings whose floors come from a ``FloorsTable`` (a 3DBAG layer) joined by id.
    public var floorsJoined = 0
    /// The joined floors layer and its fields in words, nil when none was given.
    public var floorsTable: String?
    /// The storey height used for heights, metres.
    public var storeyHeight: Double
    /// What the BAG's history and status filter left out.
    public var selection = BAGSelectionNote()
    /// The status filter in words.
    public var filter = BuildingFilter.bag.description

    /// Buildings without floors or height (FSI is no data where they stand).
    public var floorsUnknown: Int { layer.count - floorsStated - floorsFromHeight - floorsJoined }

    /// One line for the table notes: where the floors came from.
    public var floorsNote: String {
        "floors: stated for \(floorsStated), "
            + (floorsTable.map { "joined by identificatie from \($0) for \(floorsJoined), " } ?? "")
            + "from the height at "
            + "\(FixedDecimal.format(storeyHeight, 2, trimZeros: true)) m per storey for \(floorsFromHeight), "
            + "unknown for \(floorsUnknown) of \(layer.count) buildings"
            + (floorsUnknown > 0 ? " (FSI is no data for the parks they stand in)" : "")
    }

    /// The notes on what was read: the BAG selection (when anything was left out) and the floors.
    public var notes: [String] { [selection.line(objects: "panden", filter: filter), floorsNote].compactMap { $0 } }
}

/// Which points of a dwellings layer count as dwellings: BAG verblijfsobjecten whose
/// gebruiksdoel includes a residential use and whose status is in use. A layer without a
/// gebruiksdoel or status field is not filtered on it (every point is a dwelling).
public struct DwellingFilter: Sendable, Hashable {
    /// Accepted uses; a point's `gebruiksdoel` (a list, or text separated by commas) must hold one.
    public var uses: [String]
    /// Accepted values of `status`.
    public var statuses: [String]

    /// The BAG's residential use and in-use statuses.
    public static let bag = DwellingFilter(
        uses: ["woonfunctie"],
        statuses: ["Verblijfsobject in gebruik", "Verblijfsobject in gebruik (niet ingemeten)"])

    /// Creates a filter.
    public init(uses: [String], statuses: [String]) {
        self.uses = uses
        self.statuses = statuses
    }

    /// The filter in words, for table notes.
    public var description: String {
        "gebruiksdoel includes \(uses.joined(separator: " or ")), status is "
            + statuses.map { "'\($0)'" }.joined(separator: " or ")
    }
}

/// A dwellings layer as loaded: the positions that passed the filter and what was skipped.
public struct DwellingLoad: Sendable {
    /// Dwelling positions in RD New.
    public var positions: [XY] = []
    /// Points read.
    public var read = 0
    /// Points skipped: no accepted use.
    public var otherUse = 0
    /// Points skipped: another status.
    public var otherStatus = 0
    /// The filter applied.
    public var filter: DwellingFilter
    /// What the BAG's history left out.
    public var selection = BAGSelectionNote()

    /// One line for the table notes.
    public var note: String {
        "dwellings: \(positions.count) of \(read) points (\(filter.description) where the layer has those fields; "
            + "skipped \(otherUse) for their use, \(otherStatus) for their status)"
            + (selection.line(objects: "verblijfsobjecten", filter: filter.description).map { "; \($0)" } ?? "")
    }
}
