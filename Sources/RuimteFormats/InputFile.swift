import Foundation

/// The checks every input file gets before it is opened, with messages that say what is
/// wrong: missing, unreachable (a directory without permission on the way), a directory,
/// a FIFO or device (`/dev/stdin` on a pipe, `/dev/zero`), unreadable, empty.
public enum InputFile {
    /// What kind of filesystem object an existing path is.
    public enum Kind { case regular, directory, other(String) }

    /// True when `path` is a pipe or socket (`/dev/stdin` fed by a pipe, `<(…)` in bash): bytes
    /// that can be read once only.
    public static func isPipe(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFIFO || info.st_mode & S_IFMT == S_IFSOCK
    }

    /// The kind of `path`, or a ``SourceError`` naming why it cannot be used.
    public static func check(_ path: String, expected: String) throws(SourceError) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR:
                throw SourceError(.noInput, source: path, message: "no such file; check the path")
            case EACCES:
                throw SourceError(
                    .noInput, source: path,
                    message: "cannot be reached: permission denied on the file or a directory on its path")
            default:
                throw SourceError(
                    .noInput, source: path, message: "cannot be read (\(String(cString: strerror(code))))")
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG:
            guard access(path, R_OK) == 0 else {
                throw SourceError(.noInput, source: path, message: "cannot be read: permission denied")
            }
            if info.st_size == 0 {
                throw SourceError(.badData, source: path, message: "is empty (0 bytes), expected \(expected)")
            }
            return .regular
        case S_IFIFO:
            throw SourceError(
                .noInput, source: path, message: "is a pipe (FIFO), not a file; save the layer to a file first")
        case S_IFCHR, S_IFBLK:
            throw SourceError(.noInput, source: path, message: "is a device, not a file; give a layer file")
        default:
            throw SourceError(.noInput, source: path, message: "is not a regular file; give a layer file")
        }
    }
}
