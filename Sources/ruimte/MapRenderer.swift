import ArgumentParser
import Foundation

/// The formats `ruimte map` writes.
enum MapFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf
}

/// PNG and PDF from the SVG through rsvg-convert (librsvg, Debian package librsvg2-bin): the
/// same drawing, rendered without a browser or network.
enum MapRenderer {
    /// Renders `svg` into `output` as `format`; a missing rsvg-convert is exit 69.
    static func convert(_ svg: String, to format: MapFormat, output: String) throws {
        guard
            let program = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
                .map({ $0 + "/rsvg-convert" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            throw CLIError(
                status: .unavailable,
                message:
                    "--format \(format.rawValue) needs rsvg-convert (Debian: apt-get install librsvg2-bin); "
                    + "--format svg needs nothing"
            )
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // 2x for a sharp PNG on paper; PDF stays vector.
        process.arguments =
            ["--format", format.rawValue, "--output", output] + (format == .png ? ["--zoom", "2"] : [])
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(svg.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(
                status: .internal,
                message:
                    "rsvg-convert failed (\(process.terminationStatus)): \(String(decoding: message, as: UTF8.self))")
        }
    }
}
