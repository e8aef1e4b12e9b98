import Foundation
import RuimteFormats

/// Writes a command's result to stdout or to a file, atomically: the text goes to a new
/// temporary file beside the target, which becomes the target only when complete. Without
/// `--force` the target is created with `link(2)`, which fails if anything appeared there in
/// the meantime, so two runs can never both "create" one file; with `--force` only a regular
/// file (or nothing) is replaced. Write errors (a full disk, a closed pipe) are reported,
/// never a trap.
struct OutputWriter {
    var path: String?
    var force: Bool

    func write(_ text: String) throws {
        guard path != nil else {
            if let failure = POSIXOutput.write(text, to: STDOUT_FILENO) {
                throw CLIError(status: .cannotCreate, message: "cannot write to standard output (\(failure))")
            }
            return
        }
        try place { temporary, path in
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let code = errno
                let directory = Self.directory(of: path)
                let reason =
                    code == ENOENT
                    ? "the directory \(directory.isEmpty ? "." : directory) does not exist"
                    : "cannot create a file in \(directory.isEmpty ? "." : directory): "
                        + "\(String(cString: strerror(code)))"
                throw CLIError(status: .cannotCreate, message: "\(path): \(reason)")
            }
            var failure = POSIXOutput.write(text, to: fd)
            if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
            if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            if let failure {
                throw CLIError(
                    status: .cannotCreate, message: "\(path): cannot write (\(failure)); nothing was written")
            }
        }
    }

    /// Writes a file that `produce` creates at the temporary path it is given (a GeoPackage
    /// written by GDAL), then places it like text: atomically, never replacing without --force.
    func writeFile(_ produce: (String) throws -> Void) throws {
        guard path != nil else {
            throw CLIError(status: .usage, message: "this format is a binary file: give --output FILE")
        }
        try place { temporary, path in
            let directory = Self.directory(of: path)
            var isDirectory: ObjCBool = false
            guard
                FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw CLIError(status: .cannotCreate, message: "\(path): the directory \(directory) does not exist")
            }
            do {
                try produce(temporary)
            } catch let error as SourceError {
                // The message names the file the user asked for, not the temporary one.
                throw CLIError(
                    status: error.exitStatus == .unavailable ? .unavailable : .cannotCreate,
                    message:
                        "\(path): \(error.message.replacingOccurrences(of: temporary, with: path)); nothing was written"
                )
            }
        }
    }

    /// Checks the target, has `produce` make the temporary file, and moves it into place.
    private func place(_ produce: (_ temporary: String, _ path: String) throws -> Void) throws {
        guard let path else { return }
        guard !path.hasSuffix("/") else {
            throw CLIError(status: .cannotCreate, message: "\(path): names a directory; give a file name for --output")
        }
        try checkTarget(path)
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent().path
        Self.removeLeftovers(of: target.lastPathComponent, in: directory)
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(target.lastPathComponent).ruimte-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        defer {
            unlink(temporary)
            unlink(temporary + "-journal")
        }
        try produce(temporary, path)
        let placed = force ? rename(temporary, path) : link(temporary, path)
        guard placed == 0 else {
            let code = errno
            if code == EEXIST {
                throw CLIError(status: .cannotCreate, message: "\(path): already exists; pass --force to replace it")
            }
            throw CLIError(status: .cannotCreate, message: "\(path): cannot write (\(String(cString: strerror(code))))")
        }
    }

    /// Removes what a killed run (`kill -9`, power loss) left of an earlier write of `name` in
    /// `directory`: `.NAME.ruimte-PID-N.tmp` and its SQLite `-journal`, when process PID no longer
    /// runs. A live writer's files (another `ruimte` writing the same name now) are left alone.
    static func removeLeftovers(of name: String, in directory: String) {
        let prefix = ".\(name).ruimte-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard rest.hasSuffix(".tmp") || rest.hasSuffix(".tmp-journal"),
                let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0, pid != getpid()
            else { continue }
            // kill(pid, 0) fails with ESRCH when no such process runs.
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            var info = stat()
            let path = (directory as NSString).appendingPathComponent(entry)
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid() else { continue }
            unlink(path)
        }
    }

    /// Refuses what must not be replaced: anything without `--force` (a dangling symlink
    /// too), and with `--force` anything but a regular file.
    private func checkTarget(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }  // nothing there
        var target = stat()
        let isDirectory = stat(path, &target) == 0 && (target.st_mode & S_IFMT) == S_IFDIR
        if isDirectory {
            throw CLIError(status: .cannotCreate, message: "\(path): is a directory; give a file name for --output")
        }
        guard force else {
            throw CLIError(status: .cannotCreate, message: "\(path): already exists; pass --force to replace it")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw CLIError(
                status: .cannotCreate,
                message:
                    "\(path): is not a regular file (a device, pipe, socket or link); Ruimte replaces only regular "
                    + "files"
            )
        }
    }
}

/// Complete writes to a file descriptor with POSIX `write(2)`, retrying short writes and
/// interrupts; returns the error text instead of trapping (Foundation's `FileHandle.write`
/// traps on a full disk or a closed pipe).
enum POSIXOutput {
    static func write(_ text: String, to fd: Int32) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }  // nothing to write
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }
}

extension OutputWriter {
    /// The directory part of `path` ("" for a bare file name). Not NSString's
    /// deletingLastPathComponent, which traps on a one-character name such as "x" or "-".
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
