import RuimteDomain
import RuimteFormats

/// The space-pressure report as one self-contained HTML file: the Markdown report's
/// headings, tables, lists and notes, the SVG map inline (no network, no external files),
/// the accuracy caveat at the top, and every metric code linked to its definition at the end.
public struct HTMLReport {
    /// The Markdown report to render.
    public let markdown: String
    /// An SVG map to embed in place of the Markdown's map link, if any.
    public var svgMap: String?
    /// The language of the Markdown, its definitions and the page's own words.
    public var language = Language.en
    /// The page title, instead of the report's default (`--title`).
    public var title: String?

    /// Creates an HTML report from Markdown text.
    public init(markdown: String, svgMap: String? = nil) {
        self.markdown = markdown
        self.svgMap = svgMap
    }

    /// The HTML document.
    public func render() -> String {
        // The Markdown's own definitions section is replaced by the linked list at the end.
        let text = markdown.components(separatedBy: "\n## \(language(Label.reportDefinitions))\n").first ?? markdown
        return Self.document(body(text) + definitions(), language: language, title: title)
    }

    /// The Markdown's blocks as HTML: headings, the caveat, paragraphs, lists, tables, the map.
    private func body(_ text: String) -> String {
        var body = ""
        var paragraph: [String] = []
        var table: [[String]] = []
        var list: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                body += "<p>\(inline(paragraph.joined(separator: " ")))</p>\n"
                paragraph = []
            }
            if !list.isEmpty {
                body += "<ul>\n" + list.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
                list = []
            }
            if !table.isEmpty {
                body += html(table: table)
                table = []
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                if !paragraph.isEmpty || !list.isEmpty {
                    let rows = table
                    table = []
                    flush()
                    table = rows
                }
                if let cells = Self.tableCells(line) { table.append(cells) }
                continue
            }
            if !table.isEmpty {
                body += html(table: table)
                table = []
            }
            if line.isEmpty {
                flush()
                continue
            }
            if let html = singleLineBlock(line) {
                flush()
                body += html
            } else if line.hasPrefix("- ") {
                if !paragraph.isEmpty {
                    let items = list
                    flush()
                    list = items
                }
                list.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("  ") && !table.isEmpty {
                continue
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return body
    }

    /// A heading, the caveat or the map as HTML; nil for a line that is not one of them.
    private func singleLineBlock(_ line: String) -> String? {
        if let level = [3, 2, 1].first(where: { line.hasPrefix(String(repeating: "#", count: $0) + " ") }) {
            let text = String(line.dropFirst(level + 1))
            return "<h\(level) id=\"\(anchor(text))\">\(inline(text))</h\(level)>\n"
        }
        if line.hasPrefix("> ") {
            return "<blockquote class=\"caveat\">\(inline(String(line.dropFirst(2))))</blockquote>\n"
        }
        if line.hasPrefix("!["), let svgMap { return "<figure class=\"map\">\(svgMap)</figure>\n" }
        return nil
    }

    /// Every defined metric, each code an anchor the tables link to.
    private func definitions() -> String {
        var body = "<h2 id=\"definitions\">\(language(Label.reportDefinitions))</h2>\n<dl>\n"
        for d in MetricDefinitions.all() {
            let text = language(d.definition)
            let colon = text.range(of: ": ")
            let name = colon.map { String(text[..<$0.lowerBound]) } ?? text
            let formula = colon.map { String(text[$0.upperBound...]) } ?? ""
            body += "<dt id=\"\(d.code)\">\(d.code): \(escape(name))</dt><dd>\(escape(formula))</dd>\n"
        }
        return body + "</dl>\n<p>\(language(Label.reportFullDefinitions))</p>\n"
    }

    /// The self-contained page around `body`.
    private static func document(_ body: String, language: Language, title: String?) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\((title ?? language(Label.reportTitle)).xmlEscaped)</title>
        <style>
        body { font-family: sans-serif; max-width: 1200px; margin: 2em auto; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
        th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
        th { background: #f0f0f0; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        blockquote.caveat { border-left: 6px solid #d08000; background: #fff4e0; margin: 1em 0; padding: 0.6em \
        1em; }
        figure.map svg { max-width: 100%; height: auto; }
        dt { font-weight: bold; margin-top: 0.5em; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The cells of a Markdown table line; nil for the line under the header (`|---|---:|`).
    private static func tableCells(_ line: String) -> [String]? {
        let cells = line.dropFirst().dropLast(line.hasSuffix("|") ? 1 : 0)
            .split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        return cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } && !$0.isEmpty }) ? nil : cells
    }

    private func html(table rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var out = "<table>\n<thead><tr>" + header.map { "<th>\(inline($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows.dropFirst() {
            out +=
                "<tr>"
                + row.map { cell in
                    let numeric = !cell.isEmpty && cell.allSatisfy { "0123456789.-".contains($0) }
                    return numeric ? "<td class=\"number\">\(escape(cell))</td>" : "<td>\(inline(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Inline Markdown: `code`, **bold**, [text](link), metric codes linked to their definitions.
    private func inline(_ text: String) -> String {
        var out = escape(text)
        out = replace(out, #"`([^`]+)`"#) { "<code>\($0[1])</code>" }
        out = replace(out, #"\*\*([^*]+)\*\*"#) { "<strong>\($0[1])</strong>" }
        // Links only to the definitions, to a place in the page or to http(s): a link in a
        // name from a file (javascript:, data:) stays text.
        out = replace(out, #"\[([^\]]+)\]\(([^)\s]+)\)"#) { m in
            if m[2].hasSuffix("metrics.md") || m[2] == "#definitions" { return "<a href=\"#definitions\">\(m[1])</a>" }
            let target = m[2].lowercased()
            let allowed =
                target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("#")
                || target.hasSuffix(".svg") && !target.contains(":")
            return allowed ? "<a href=\"\(m[2])\">\(m[1])</a>" : m[0]
        }
        out = replace(out, #"\b(BP-[2-7]|SC-[13])\b"#) { "<a href=\"#\($0[1])\">\($0[1])</a>" }
        return out
    }

    private func replace(_ text: String, _ pattern: String, _ make: ([String]) -> String) -> String {
        guard let regex = try? Regex(pattern) else { return text }
        var out = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: regex) {
            out += rest[..<match.range.lowerBound]
            out += make(match.output.map { $0.substring.map(String.init) ?? "" })
            rest = rest[match.range.upperBound...]
        }
        return out + rest
    }

    private func escape(_ text: String) -> String { text.xmlEscaped }

    private func anchor(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
