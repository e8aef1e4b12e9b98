import Foundation
import RuimteGeometry

/// One constraint on new housing besides milieuzonering: a noise contour, an external-safety
/// area or an odour contour (or any area a user names), read from a `--constraints` layer.
///
/// Attributes: `kind` (``ConstraintKind``), `effect` (``ConstraintEffect``), `name`, `source`,
/// `accuracy_m`, and where they apply `lden_db` (geluid: the Lden the contour stands for, dB)
/// and `aandachtsgebied` (externe veiligheid: brand, explosie or gifwolk).
public struct Constraint: Sendable {
    /// The feature's id.
    public var id: String
    /// The constraint's name (the id when none is stated).
    public var name: String
    /// The contour or area, RD New.
    public var geometry: Geometry<XY>
    /// Positional accuracy of the contour, metres.
    public var accuracy: Double
    /// Where the contour comes from (`source`), as written.
    public var source: String?
    /// What the constraint is about.
    public var kind: ConstraintKind
    /// Whether it excludes new geluidgevoelige or kwetsbare functions or only asks a motivation.
    public var effect: ConstraintEffect
    /// The noise level the contour stands for, dB Lden (geluid only).
    public var ldenDecibels: Double?
    /// The kind of aandachtsgebied (externe veiligheid only).
    public var aandachtsgebied: Aandachtsgebied?

    /// Creates a constraint.
    public init(
        id: String, name: String? = nil, geometry: Geometry<XY>, accuracy: Double = 0, source: String? = nil,
        kind: ConstraintKind, effect: ConstraintEffect, ldenDecibels: Double? = nil,
        aandachtsgebied: Aandachtsgebied? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.geometry = geometry
        self.accuracy = accuracy
        self.source = source
        self.kind = kind
        self.effect = effect
        self.ldenDecibels = ldenDecibels
        self.aandachtsgebied = aandachtsgebied
    }
}

/// The kind of a constraint, with the Omgevingswet rule it stands for.
public enum ConstraintKind: Sendable, Hashable, Comparable {
    /// Industrial noise: the geluidaandachtsgebied, with the standard of 50 dB Lden on a
    /// geluidgevoelig gebouw (Besluit kwaliteit leefomgeving art. 3.32).
    case geluid
    /// External safety: the aandachtsgebieden brand, explosie and gifwolk (Bkl art. 5.15 and
    /// bijlage VII) and the plaatsgebonden-risico limit of 10⁻⁶ per year (Bkl art. 5.7).
    case externeVeiligheid
    /// Odour: contours around a source for geurgevoelige gebouwen (Bkl art. 5.91).
    case geur
    /// Any other area the user names with a word of their own.
    case other(String)

    /// Reads a `kind` value: the three Omgevingswet kinds by their Dutch names (case and `_`
    /// or space for `-` ignored), or any other single word.
    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch word {
        case "geluid", "industrielawaai": self = .geluid
        case "externe-veiligheid", "ev": self = .externeVeiligheid
        case "geur": self = .geur
        case "": return nil
        default:
            guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
            self = .other(word)
        }
    }

    /// The code machines get: `geluid`, `externe-veiligheid`, `geur` or the user's word.
    public var code: String {
        switch self {
        case .geluid: "geluid"
        case .externeVeiligheid: "externe-veiligheid"
        case .geur: "geur"
        case .other(let word): word
        }
    }

    /// The rule the kind stands for, cited by article; nil for a user's own kind.
    public var rule: String? {
        switch self {
        case .geluid: "Bkl art. 3.32 (50 dB Lden on a geluidgevoelig gebouw)"
        case .externeVeiligheid: "Bkl art. 5.7 (plaatsgebonden risico 10⁻⁶ per year) and art. 5.15 (aandachtsgebieden)"
        case .geur: "Bkl art. 5.91 (geurgevoelige gebouwen)"
        case .other: nil
        }
    }

    public static func < (a: ConstraintKind, b: ConstraintKind) -> Bool { a.code < b.code }
}

/// What a constraint does to new housing inside it.
public enum ConstraintEffect: String, Sendable, Hashable, CaseIterable {
    /// No new sensitive function inside (a plaatsgebonden-risico contour, a hard noise limit).
    case hard
    /// Allowed with a motivation or measures (an aandachtsgebied, a geluidaandachtsgebied).
    case soft
}

/// The three aandachtsgebieden of externe veiligheid (Bkl art. 5.15; RIVM).
public enum Aandachtsgebied: String, Sendable, Hashable, CaseIterable {
    case brand, explosie, gifwolk
}
