import Foundation

/// A milieucategorie: the environmental category of the VNG brochure *Bedrijven en
/// milieuzonering* (2009), from 1 (lightest, e.g. offices) to 6 (heaviest industry).
///
/// Categories are ordered but not numbers: 3.1 and 3.2 are sub-classes of class 3, and
/// there is no category 3.5. Never store one as a `Double`.
public enum Milieucategorie: String, CaseIterable, Comparable, Sendable, Codable {
    case c1 = "1", c2 = "2", c3_1 = "3.1", c3_2 = "3.2", c4_1 = "4.1", c4_2 = "4.2"
    case c5_1 = "5.1", c5_2 = "5.2", c5_3 = "5.3", c6 = "6"

    /// Position in the ordered list, 1 (category 1) ... 10 (category 6); index 0 is
    /// reserved for "no category fits" in headroom computations.
    public var step: Int { (Milieucategorie.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// Parses `"3.1"`, `"3,1"` (Dutch decimal comma) or a number such as `3.1`.
    public init?(parsing text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }

    /// The lowest sub-category of an IBIS main class (IBIS records only 1, 2, 3, 4, 5, 6).
    public init?(ibisMainClass: Int) {
        switch ibisMainClass {
        case 1: self = .c1
        case 2: self = .c2
        case 3: self = .c3_1
        case 4: self = .c4_1
        case 5: self = .c5_1
        case 6: self = .c6
        default: return nil
        }
    }

    public static func < (a: Milieucategorie, b: Milieucategorie) -> Bool { a.step < b.step }

    /// The accepted spellings, for error messages.
    public static var validList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
