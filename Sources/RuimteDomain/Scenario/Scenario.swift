import RuimteGeometry

/// A base and the variants a planner wants to compare with it: e.g. "Wernink joins
/// Amphoraweg as business land" against the plan with 600-643 dwellings on Wernink.
public struct Scenario: Sendable {
    /// What the comparison is about.
    public var name: String
    /// The variants, in file order.
    public var variants: [ScenarioVariant]
}

/// One variant: the base layers with these changes, applied in order.
public struct ScenarioVariant: Sendable {
    /// The variant's name, used as its column in every table.
    public var name: String
    /// The changes.
    public var changes: [ScenarioChange]
}

/// One change to the layers. Sites are named by id.
public enum ScenarioChange: Sendable, Hashable {
    /// A housing site becomes business land: a park of its own, or part of park `join`;
    /// with `category` it is zoned for that milieucategorie (or class range).
    case housingToPark(site: String, join: String?, category: ClosedRange<Milieucategorie>?)
    /// A park becomes a housing site with these planned dwellings and omgevingstype.
    case parkToHousing(park: String, dwellings: ClosedRange<Int>?, areaType: AreaType?)
    /// Planned dwellings of a housing site or shopping centre.
    case plannedDwellings(site: String, dwellings: ClosedRange<Int>)
    /// The milieucategorie of a zone (a zone id, or a park id for the park as a whole).
    case category(zone: String, category: ClosedRange<Milieucategorie>)
    /// The omgevingstype of a housing site.
    case areaType(site: String, areaType: AreaType)
    /// A site leaves its layer.
    case remove(site: String)
    /// The sites of a user layer join a layer.
    case add(layer: SiteLayer, file: String)
}

/// Why a scenario file or one of its changes cannot be used: the file, the key (a path
/// such as `variants[0].changes[1].join`) and what is wrong.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The scenario file.
    public var file: String
    /// Where in the file.
    public var key: String
    /// What is wrong.
    public var message: String
    /// What the failure means: bad data (65), or a file that cannot be read at all (66).
    public var exitStatus: ExitStatus

    /// Creates an error.
    public init(file: String, key: String, message: String, status: ExitStatus = .badData) {
        self.file = file
        self.key = key
        self.message = message
        self.exitStatus = status
    }

    public var description: String { "\(file): \(key): \(message)" }
}
