/// The exit statuses of `ruimte` (BSD sysexits), documented in `ruimte --help` and the README:
/// what a failure means for the person who ran the command.
public enum ExitStatus: Int32, Sendable {
    /// Everything done.
    case success = 0
    /// The command line is wrong.
    case usage = 64
    /// An input was read and holds bad data.
    case badData = 65
    /// An input is missing, a directory, or unreadable.
    case noInput = 66
    /// A program or library Ruimte needs is not installed (rsvg-convert for PNG and PDF,
    /// GDAL for formats other than GeoJSON).
    case unavailable = 69
    /// A fault of Ruimte's own: please report it.
    case `internal` = 70
    /// The output cannot be written.
    case cannotCreate = 73
}

/// An error that says how it is reported: its exit status and its lines for stderr. Every
/// error type Ruimte throws conforms, and one catch at the top of the command line prints
/// ``lines`` and exits with ``exitStatus``; nothing is classified by its text.
public protocol ReportedError: Error {
    /// The exit status this error ends the command with.
    var exitStatus: ExitStatus { get }
    /// The message lines, each naming the file, layer and feature where one is at fault.
    var lines: [String] { get }
}

extension GeometryError: ReportedError {
    /// A failed GEOS or PROJ call that reaches the top is a fault of Ruimte's own: input is
    /// checked before any geometry work.
    public var exitStatus: ExitStatus { .internal }
    public var lines: [String] {
        ["internal error in \(operation): \(message). Please report it with the command you ran."]
    }
}
