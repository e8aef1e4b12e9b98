import Foundation
import RuimteFormats

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

    /// The sub-categories of an IBIS main class (IBIS records only 1, 2, 3, 4, 5, 6):
    /// class 3 is 3.1-3.2, class 4 is 4.1-4.2, class 5 is 5.1-5.3.
    public static func ibisMainClass(_ main: Int) -> ClosedRange<Milieucategorie>? {
        switch main {
        case 1: .c1 ... .c1
        case 2: .c2 ... .c2
        case 3: .c3_1 ... .c3_2
        case 4: .c4_1 ... .c4_2
        case 5: .c5_1 ... .c5_3
        case 6: .c6 ... .c6
        default: nil
        }
    }

    public static func < (a: Milieucategorie, b: Milieucategorie) -> Bool { a.step < b.step }

    /// The accepted spellings, for error messages.
    public static var validList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Milieucategorie {
    /// A category, or a range written `3.1-3.2` for a source that states only a class; nil
    /// for anything else, including a reversed range.
    public static func range(parsing text: String) -> ClosedRange<Milieucategorie>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Milieucategorie(parsing: String($0))
        }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil, low <= high
        else { return nil }
        return low...high
    }

    /// The text a JSON value states a category with: a string as written, a number exactly
    /// (3.15 stays 3.15, never rounded to 3.1); nil for other JSON types.
    public static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let s): s
        case .number(let n): FixedDecimal.format(n, 6, trimZeros: true)
        default: nil
        }
    }
}
