import Foundation

/// Writes a command's result to stdout or to a file, atomically: the text goes to a
/// temporary file beside the target, which is renamed over it only when complete. An
/// existing file is never replaced without `--force`.
struct OutputWriter {
    var path: String?
    var force: Bool

    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: path)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw CLIError(status: .cannotCreate, message: "\(path): is a directory; give a file name for --output") }
            if !force { throw CLIError(status: .cannotCreate, message: "\(path): already exists; pass --force to replace it") }
        }
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).ruimte-\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard manager.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw CLIError(status: .cannotCreate, message: "\(path): cannot create the file in \(directory.path); check that the directory exists and is writable")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw CLIError(status: .cannotCreate, message: "\(path): cannot write (\(reason))")
        }
    }
}
