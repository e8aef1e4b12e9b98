import RuimteFormats

/// A text people read, named by a stable code, with its wording in every ``Language``.
///
/// The code is what tests and machines hold on to ("column.signal"); the wordings are templates
/// in which `{0}`, `{1}`, … stand for the arguments a ``Phrase`` supplies when it is rendered,
/// so a label never freezes a parameter value ("BP-4 > {0}" follows `PressureParameters`).
/// Every label states every language: adding a language is a compile error until each has it.
public struct Label: Sendable, Hashable {
    /// The stable code, dotted by kind: `table.…`, `column.…`, `legend.…`, `note.…`,
    /// `verdict.…`, `reason.…`, `map.…`, `report.…`. Never shown to people.
    public let code: String
    /// The English template.
    public let en: String
    /// The Dutch template, in the README glossary's terms.
    public let nl: String

    /// Declares a label.
    public init(_ code: String, en: String, nl: String) {
        self.code = code
        self.en = en
        self.nl = nl
    }

    /// The template in `language`.
    public func template(_ language: Language) -> String {
        switch language {
        case .en: en
        case .nl: nl
        }
    }
}

/// A text for people: a ``Label`` with its arguments, text from the data as it is written
/// (names, sources, file names), or phrases joined.
public indirect enum Phrase: Sendable, Hashable {
    /// A label with the arguments for its `{n}` places.
    case label(Label, [Argument])
    /// Text from the data, the same in every language.
    case verbatim(String)
    /// Phrases joined by a separator.
    case joined([Phrase], separator: String)

    /// A value put into a label's place.
    public enum Argument: Sendable, Hashable {
        /// A phrase, rendered in the same language.
        case phrase(Phrase)
        /// A number with a fixed number of decimals (Dutch writes a decimal comma).
        case number(Double, decimals: Int, trimZeros: Bool)
    }
}

extension Label {
    /// The label as a phrase, its places filled with `arguments` in order.
    public func callAsFunction(_ arguments: Phrase.Argument...) -> Phrase { .label(self, arguments) }
}

extension Phrase.Argument {
    /// Text from the data.
    public static func text(_ s: String) -> Self { .phrase(.verbatim(s)) }
    /// A label without arguments.
    public static func label(_ l: Label) -> Self { .phrase(.label(l, [])) }
    /// A number with `decimals` decimals, trailing zeros dropped when `trim`.
    public static func number(_ v: Double, _ decimals: Int, trim: Bool = false) -> Self {
        .number(v, decimals: decimals, trimZeros: trim)
    }
}

extension Language {
    /// `phrase` in this language: each label's template with its places filled.
    public func callAsFunction(_ phrase: Phrase) -> String {
        switch phrase {
        case .verbatim(let text): return text
        case .joined(let parts, let separator): return parts.map { self($0) }.joined(separator: separator)
        case .label(let label, let arguments):
            // One pass over the template, so that an argument's own text is never read as a place.
            var out = "", rest = Substring(label.template(self))
            while let open = rest.firstIndex(of: "{") {
                out += rest[..<open]
                let after = rest[rest.index(after: open)...]
                guard let close = after.firstIndex(of: "}"), let i = Int(after[..<close]), arguments.indices.contains(i)
                else {
                    out.append("{")
                    rest = after
                    continue
                }
                out += self(arguments[i])
                rest = after[after.index(after: close)...]
            }
            return out + rest
        }
    }

    /// `label` without arguments in this language.
    public func callAsFunction(_ label: Label) -> String { self(.label(label, [])) }

    func callAsFunction(_ argument: Phrase.Argument) -> String {
        switch argument {
        case .phrase(let p): return self(p)
        case .number(let v, let d, let trim):
            let text = FixedDecimal.format(v, d, trimZeros: trim)
            return self == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }
}
