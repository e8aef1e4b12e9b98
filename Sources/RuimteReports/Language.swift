/// The language of labels and headers for people (`--lang`). Machine keys and codes (CSV
/// headers, JSON keys, site ids, verdict codes) never change with it.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case en
    /// Dutch: the glossary's terms (README), for planners who write in Dutch.
    case nl

    /// `text` in this language: an exact phrase from the vocabulary, else a known prefix
    /// ("within 300 m" is "binnen 300 m"), else the text unchanged (names, sources, and
    /// sentences built from the data stay as they are).
    public func callAsFunction(_ text: String) -> String {
        guard self == .nl else { return text }
        if let exact = DutchVocabulary.phrases[text] { return exact }
        for (english, dutch) in DutchVocabulary.prefixes where text.hasPrefix(english) {
            return dutch + text.dropFirst(english.count)
        }
        return text
    }
}

extension Cell {
    /// ``text`` as people of `language` write numbers: Dutch uses a decimal comma.
    func text(in language: Language) -> String {
        language == .nl && isNumeric ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension Table {
    /// The table with its title, column headers, legends, notes and the people's labels of
    /// coded cells in `language`; keys, codes and numbers unchanged.
    public func localized(_ language: Language) -> Table {
        guard language != .en else { return self }
        var table = self
        table.title = language(title)
        table.columns = columns.map { c in
            var c = c
            c.title = language(c.title)
            c.legend = c.legend.map { language($0) }
            return c
        }
        table.notes = notes.map { language($0) }
        table.rows = rows.map { row in
            row.map { cell in
                if case .coded(let code, let label) = cell { return .coded(code: code, label: language(label)) }
                return cell
            }
        }
        return table
    }
}
