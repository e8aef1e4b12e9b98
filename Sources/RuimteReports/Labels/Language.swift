/// The language of labels and headers for people (`--lang`). Machine keys and codes (CSV
/// headers, JSON keys and table names, site ids, verdict codes) never change with it.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case en
    /// Dutch: the glossary's terms (README), for planners who write in Dutch.
    case nl
}

extension Cell {
    /// How people of `language` read the cell: a coded cell by its label, Dutch numbers with
    /// a decimal comma.
    func text(in language: Language) -> String {
        if case .coded(_, let label) = self { return language(label) }
        return language == .nl && isNumeric ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
