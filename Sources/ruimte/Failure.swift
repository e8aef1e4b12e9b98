import ArgumentParser
import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// An error the command line reports to the user with a status.
struct CLIError: ReportedError {
    var status: ExitStatus
    var message: String

    var exitStatus: ExitStatus { status }
    var lines: [String] { [message] }
}

extension ScenarioError: ReportedError {
    public var lines: [String] { [description] }
}

/// The one place a failure becomes a message on stderr and the documented exit status
/// (``Ruimte/main()`` calls it): nothing escapes as a crash or a Swift error dump.
func report(_ error: ReportedError) -> ExitCode {
    if let layer = error as? LayerError {
        Diagnostics.report(layer)
    } else {
        for line in error.lines { Diagnostics.error(line) }
    }
    return ExitCode(error.exitStatus.rawValue)
}

/// Messages for people on stderr; results go to stdout only.
enum Diagnostics {
    /// An error line; control characters from the data (ESC, a newline that would forge another
    /// message line) are shown as escapes.
    /// A password in a `PG:` connection string is masked (``SecretMask``).
    static func error(_ message: String) { write("ruimte: error: \(SecretMask.masked(message).terminalSafe)\n") }
    /// A warning line, escaped as ``error(_:)``.
    static func warning(_ message: String) { write("ruimte: warning: \(SecretMask.masked(message).terminalSafe)\n") }

    /// The most problems listed for one layer; the rest are counted, so a file where every
    /// one of 800,000 features is bad prints a screenful, not 800,000 lines.
    static let problemLimit = 100

    /// Every problem of a layer error, up to ``problemLimit``, then a count of the rest per file.
    /// A problem that many features share is one line (``LoadProblem/perLayer(_:limit:)``).
    static func report(_ error: LayerError) {
        let problems = LoadProblem.perLayer(error.problems)
        for problem in problems.prefix(problemLimit) { self.error(problem.description) }
        guard problems.count > problemLimit else { return }
        let rest = Dictionary(grouping: problems.dropFirst(problemLimit), by: \.file)
        for (file, problems) in rest.sorted(by: { $0.key < $1.key }) {
            self.error("\(file): \(problems.count) more problems not listed (the first \(problemLimit) are above)")
        }
    }
    /// Writes to stderr; a failing stderr (closed, full) is ignored, there is nowhere left to report it.
    static func write(_ text: String) { _ = POSIXOutput.write(text, to: STDERR_FILENO) }

    /// True when stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    /// True when stdout is a terminal and NO_COLOR is not set.
    static var colorOnStdout: Bool { isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
}

/// A progress line on stderr, shown only on a terminal and never with `--quiet`.
struct Progress {
    let enabled: Bool
    init(quiet: Bool) { enabled = !quiet && Diagnostics.stderrIsTerminal }
    func step(_ text: String) { if enabled { Diagnostics.write("\r\u{1B}[K\(text.terminalSafe)") } }
    func done() { if enabled { Diagnostics.write("\r\u{1B}[K") } }
}
