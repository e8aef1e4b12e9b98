/// Escaping per sink, one place each: every name, id and source in a file may hold markup,
/// control characters or a spreadsheet formula, and is written to XML/SVG/HTML, a terminal
/// and CSV.
extension String {
    /// Text for XML, SVG and HTML, in elements and in double-quoted attributes: `& < > "` as
    /// entities, and the characters XML 1.0 forbids (C0 controls other than
    /// tab, line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD.
    public var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case let c where c.value < 0x20 || c.value == 0x7F || c.value == 0xFFFE || c.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text for a terminal: control characters (ESC, OSC, a newline that would forge a
    /// separate message line, DEL and the C1 range) shown as `\u{…}` escapes instead of acting.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.isTerminalControl {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when a spreadsheet would read the text as a formula: it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return (OWASP's CSV injection guidance).
    var readsAsFormula: Bool {
        guard let first = unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }
}

extension Unicode.Scalar {
    /// A C0 or C1 control character or DEL.
    var isTerminalControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
