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
    /// The joined floors layer as the user named it, nil when none was given.
    public var floorsSource: String?
    /// The joined floors layer's fields used, with the buildings each gave floors to.
    public var floorsFields: [String: Int] = [:]
    /// The storey height used for heights, metres.
    public var storeyHeight: Double
    /// What the BAG's history and status filter left out.
    public var selection = BAGSelectionNote()
    /// The status filter applied.
    public var filter = BuildingFilter.bag

    /// Buildings without floors or height (FSI is no data where they stand).
    public var floorsUnknown: Int { layer.count - floorsStated - floorsFromHeight - floorsJoined }
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

}
