import Foundation
import RuimteTestSupport
import Testing

/// Runs the built `ruimte` executable and captures what it prints.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The `ruimte` binary next to the test bundle (SwiftPM builds it for this test target).
let ruimteExecutable: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "ruimte"
    ).path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return TestFiles.repositoryRoot.appendingPathComponent(".build/debug/ruimte").path
}()

func ruimte(_ arguments: String..., environment: [String: String] = [:]) throws -> CLIRun {
    try ruimte(arguments: arguments, environment: environment)
}

func ruimte(arguments: [String], environment: [String: String] = [:], directory: URL = TestFiles.repositoryRoot) throws
    -> CLIRun
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: ruimteExecutable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// A feature collection with one feature around Leiden.
func layer(_ properties: String, ring: String = "[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.16],[4.47,52.15]]")
    -> String
{
    #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{\#(properties)},"geometry":{"type":"Polygon","coordinates":[\#(ring)]}}]}"#
}
