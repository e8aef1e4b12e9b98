/// The omgevingstype of a housing area in the VNG 2009 system: it selects which column of
/// the richtafstanden table applies.
public enum AreaType: String, CaseIterable, Sendable, Codable {
    /// Rustige woonwijk (or rustig buitengebied): the reference type, full distances.
    case rustig
    /// Gemengd gebied: moderate to strong mixing of functions, or along main roads and
    /// railways; distances one step lower.
    case gemengd

    /// The Dutch term used in VNG 2009 and in reports.
    public var dutchName: String {
        switch self {
        case .rustig: "rustige woonwijk"
        case .gemengd: "gemengd gebied"
        }
    }
}
