import Foundation

/// The milieucategorie an IMRO2012 plan states for business in a bestemmingsvlak, read from
/// the names of its functieaanduidingen (and of the bestemming itself) as SVBP2012 writes them:
///
/// | name | range |
/// |---|---|
/// | "bedrijf tot en met categorie 3.1" (also "t/m") | 1 to 3.1 |
/// | "bedrijf van categorie 3.2", "bedrijf - milieucategorie 2", "Bedrijf - 2" | that category |
/// | "bedrijf van categorie 3.1 tot en met 4.1" | 3.1 to 4.1 |
/// | "milieucategorie 3" (a class) | the class, 3.1 to 3.2 |
///
/// Anything else ("specifieke vorm van bedrijf - machinefabriek") states no category, and a
/// name that is not about business ("horeca tot en met categorie 2": horeca categories are
/// another scale) never does.
public enum PlanCategory {
    /// The range a name states, nil when it states none.
    public static func range(inName name: String) -> ClosedRange<Milieucategorie>? {
        let text = name.lowercased().replacingOccurrences(of: "t/m", with: "tot en met")
            .replacingOccurrences(of: ",", with: ".")
        // Horeca and other categories ("horeca tot en met categorie 2") are other scales.
        guard text.contains("bedrijf") || text.contains("milieucategorie") else { return nil }
        let numbers = categories(in: text)
        guard let first = numbers.first else { return nil }
        if numbers.count >= 2, text.contains("tot en met") {
            guard let low = first.lowerBound as Milieucategorie?, let high = numbers[1].upperBound as Milieucategorie?,
                low <= high
            else { return nil }
            return low...high
        }
        if text.contains("tot en met") { return .c1...first.upperBound }
        return first
    }

    /// The categories written after "categorie" (or as the last word after " - "), in order.
    private static func categories(in text: String) -> [ClosedRange<Milieucategorie>] {
        var found: [ClosedRange<Milieucategorie>] = []
        let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
        for (i, word) in words.enumerated() {
            let afterKeyword = i > 0 && (words[i - 1].hasSuffix("categorie") || words[i - 1] == "met")
            let afterDash = i > 0 && words[i - 1] == "-" && i == words.count - 1
            guard afterKeyword || afterDash || (found.count == 1 && words[i - 1] == "met") else { continue }
            if let c = category(word) { found.append(c) }
        }
        return found
    }

    /// `3.1` as itself, `3` as its class.
    private static func category(_ word: String) -> ClosedRange<Milieucategorie>? {
        let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ".;:"))
        if let c = Milieucategorie(parsing: w), w.contains(".") || !["3", "4", "5"].contains(w) { return c...c }
        if let main = Int(w) { return Milieucategorie.ibisMainClass(main) }
        return nil
    }
}
