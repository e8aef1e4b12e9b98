import ArgumentParser
import Foundation
import RuimteReports

/// `ruimte notebook`: run the Markdown notebooks and compare or record their outputs.
struct Notebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the commands in Markdown notebooks: check their recorded outputs, or update them.",
        discussion: """
            A notebook holds ```console blocks with lines `$ ruimte ...` followed by the recorded output.
            Commands run from the repository root with this same ruimte executable.
            Example: ruimte notebook check notebooks-md
            """,
        subcommands: [Check.self, Update.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fail with a readable diff when any recorded output changed (exit 1).")
        @Argument(help: ArgumentHelp("Notebook files or directories.", valueName: "path")) var paths: [String] = [
            "notebooks-md"
        ]

        func run() throws {
            var failures = 0, steps = 0
            for file in try NotebookRunner.files(paths) {
                let notebook = try NotebookRunner.read(file)
                for (step, actual) in zip(notebook.steps, try NotebookRunner.outputs(notebook, file: file)) {
                    steps += 1
                    if let diff = NotebookDocument.diff(expected: step.expected, actual: actual) {
                        failures += 1
                        Diagnostics.write(
                            "\(file):\(step.line): output of `\(step.command)` changed (- recorded, + "
                                + "now):\n\(diff)\n\n"
                        )
                    }
                }
            }
            print("notebooks: \(steps - failures) passed, \(failures) failed")
            if failures > 0 { throw ExitCode(1) }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite the recorded outputs with what the commands print now.")
        @Argument(help: ArgumentHelp("Notebook files or directories.", valueName: "path")) var paths: [String] = [
            "notebooks-md"
        ]

        func run() throws {
            for file in try NotebookRunner.files(paths) {
                let notebook = try NotebookRunner.read(file)
                guard !notebook.steps.isEmpty else { continue }
                let text = notebook.rendered(outputs: try NotebookRunner.outputs(notebook, file: file))
                try OutputWriter(path: file, force: true).write(text)
                print("\(file): \(notebook.steps.count) outputs recorded")
            }
        }
    }
}

/// Finds notebooks and runs their commands as subprocesses of this executable.
enum NotebookRunner {
    static func files(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError(status: .noInput, message: "\(path): no such file or directory")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }
                    .sorted()
                result += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// The notebook in `file`; one whose console fence is never closed is bad input.
    static func read(_ file: String) throws -> NotebookDocument {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError(status: .noInput, message: "\(file): cannot be read")
        }
        let notebook = NotebookDocument(String(decoding: data, as: UTF8.self))
        if let line = notebook.unclosedFence {
            throw CLIError(
                status: .badData,
                message:
                    "\(file):\(line): this ```console block is never closed; close it with ``` (nothing was run or "
                    + "written)"
            )
        }
        return notebook
    }

    /// The outputs of every step, run from the directory above the notebook's folder.
    static func outputs(_ notebook: NotebookDocument, file: String) throws -> [[String]] {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
        let executable = Executable.url
        return try notebook.steps.map { step in
            var words = NotebookDocument.words(step.command)
            guard words.first == "ruimte" else {
                throw CLIError(
                    status: .badData,
                    message: "\(file):\(step.line): only ruimte commands can run in a notebook, found `\(step.command)`"
                )
            }
            words.removeFirst()
            // A notebook that runs notebooks would run itself without end.
            guard words.first != "notebook" else {
                throw CLIError(
                    status: .badData, message: "\(file):\(step.line): a notebook cannot run `ruimte notebook`")
            }
            let process = Process()
            process.executableURL = executable
            process.arguments = words
            process.currentDirectoryURL = root
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            var lines = lines(stdout)
            if process.terminationStatus != 0 {
                lines.append("[exit \(process.terminationStatus)]")
                lines += self.lines(stderr)
            }
            return lines
        }
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
