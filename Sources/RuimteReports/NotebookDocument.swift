import Foundation

/// A Markdown notebook: prose with fenced ```` ```console ```` blocks whose lines
/// `$ ruimte ...` are commands, each followed by its recorded output.
///
/// A recorded output is what the command printed on stdout; when it exits with a
/// non-zero status the output ends with a line `[exit N]` followed by what it printed on
/// stderr. Everything outside console blocks is kept byte for byte.
public struct NotebookDocument: Sendable {
    /// One command and its recorded output.
    public struct Step: Sendable, Hashable {
        /// The command line after `$ `, e.g. `ruimte sites --format csv`.
        public var command: String
        /// The recorded output lines.
        public var expected: [String]
        /// 1-based line of the command in the file, for messages.
        public var line: Int
    }

    private enum Piece: Sendable {
        case text(String)
        case step(Int)
    }

    private var pieces: [Piece] = []
    /// The commands in order.
    public private(set) var steps: [Step] = []
    /// The 1-based line of a ```` ```console ```` fence that is never closed, if any: such a
    /// notebook must not be updated (its prose would be taken for output).
    public private(set) var unclosedFence: Int?

    /// Parses notebook text.
    public init(_ text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var inConsole = false
        var current: Step?
        func flush() {
            if let step = current {
                pieces.append(.step(steps.count))
                steps.append(step)
                current = nil
            }
        }
        for (index, line) in lines.enumerated() {
            if !inConsole {
                pieces.append(.text(line))
                if line.hasPrefix("```console") {
                    inConsole = true
                    unclosedFence = index + 1
                }
                continue
            }
            if line.hasPrefix("```") {
                flush()
                pieces.append(.text(line))
                inConsole = false
                unclosedFence = nil
            } else if line.hasPrefix("$ ") {
                flush()
                current = Step(command: String(line.dropFirst(2)), expected: [], line: index + 1)
            } else if current != nil {
                current?.expected.append(line)
            } else {
                pieces.append(.text(line))
            }
        }
        flush()
    }

    /// The notebook with each step's output replaced by `outputs[i]`.
    public func rendered(outputs: [[String]]? = nil) -> String {
        var out: [String] = []
        for piece in pieces {
            switch piece {
            case .text(let line): out.append(line)
            case .step(let i):
                out.append("$ " + steps[i].command)
                out += outputs?[i] ?? steps[i].expected
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Splits a command line into words, honouring single and double quotes.
    public static func words(_ command: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?, started = false
        for c in command {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                started = true
            } else if c == " " {
                if started || !word.isEmpty { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(c)
            }
        }
        if started || !word.isEmpty { words.append(word) }
        return words
    }

    /// A readable line diff of `expected` against `actual` (`-` expected, `+` actual),
    /// or nil when they are equal.
    public static func diff(expected: [String], actual: [String]) -> String? {
        guard expected != actual else { return nil }
        let n = expected.count, m = actual.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = [], i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                out.append("  " + expected[i])
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append("- " + expected[i])
                i += 1
            } else {
                out.append("+ " + actual[j])
                j += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
