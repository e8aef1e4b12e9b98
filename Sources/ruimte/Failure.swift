import ArgumentParser
import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// The exit codes of `ruimte` (BSD sysexits), documented in `ruimte --help`.
enum ExitStatus: Int32 {
    case success = 0
    case usage = 64
    case badData = 65
    case noInput = 66
    /// A program or library Ruimte needs is not installed (rsvg-convert for PNG and PDF,
    /// GDAL for formats other than GeoJSON).
    case unavailable = 69
    case `internal` = 70
    case cannotCreate = 73

    /// The one mapping from a layer that could not be loaded to its status: 66 when the file
    /// could not be read at all, 65 when it was read and holds bad data, 69 when its format
    /// needs GDAL and GDAL cannot be loaded.
    init(_ reason: LayerError.Reason) {
        switch reason {
        case .unreadable: self = .noInput
        case .badData: self = .badData
        case .unavailable: self = .unavailable
        }
    }
}

/// An error the command line reports to the user with a status.
struct CLIError: Error {
    var status: ExitStatus
    var message: String
}

/// Runs `body`, turning every failure into a message on stderr and the documented exit
/// status; nothing escapes as a crash or a Swift error dump.
func guarded(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as LayerError {
        Diagnostics.report(error)
        throw ExitCode(ExitStatus(error.reason).rawValue)
    } catch let error as SourceError {
        Diagnostics.error(error.description)
        let status: ExitStatus = switch error.reason {
        case .unreadable: .noInput
        case .badData: .cannotCreate
        case .unavailable: .unavailable
        }
        throw ExitCode(status.rawValue)
    } catch let error as ScenarioError {
        Diagnostics.error(error.description)
        throw ExitCode(ExitStatus.badData.rawValue)
    } catch let error as LoadProblem {
        Diagnostics.error(error.description)
        throw ExitCode(ExitStatus.badData.rawValue)
    } catch let error as CLIError {
        Diagnostics.error(error.message)
        throw ExitCode(error.status.rawValue)
    } catch let error as GeometryError {
        Diagnostics.error("internal error in \(error.operation): \(error.message). Please report it with the command you ran.")
        throw ExitCode(ExitStatus.internal.rawValue)
    }
}

/// Messages for people on stderr; results go to stdout only.
enum Diagnostics {
    /// An error line; control characters from the data (ESC, a newline that would forge another
    /// message line) are shown as escapes.
    static func error(_ message: String) { write("ruimte: error: \(message.terminalSafe)\n") }
    /// A warning line, escaped as ``error(_:)``.
    static func warning(_ message: String) { write("ruimte: warning: \(message.terminalSafe)\n") }

    /// The most problems listed for one layer; the rest are counted, so a file where every
    /// one of 800,000 features is bad prints a screenful, not 800,000 lines.
    static let problemLimit = 100

    /// Every problem of a layer error, up to ``problemLimit``, then a count of the rest per file.
    static func report(_ error: LayerError) {
        for problem in error.problems.prefix(problemLimit) { self.error(problem.description) }
        guard error.problems.count > problemLimit else { return }
        let rest = Dictionary(grouping: error.problems.dropFirst(problemLimit), by: \.file)
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
