import Foundation

/// Paths and scratch files shared by every test target.
public enum TestFiles {
    /// The repository root, found from this file's location.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The bundled `geodata/` directory.
    public static var geodataDirectory: String { repositoryRoot.appendingPathComponent("geodata").path }

    /// A fresh scratch directory under `$TMPDIR` (`make test` points it at `.build/test-tmp`).
    public static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ruimte-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in a fresh scratch directory and returns the path.
    public static func write(_ name: String, _ text: String) throws -> String {
        let url = try scratchDirectory().appendingPathComponent(name)
        // Not atomically: Foundation on Linux leaves a TemporaryDirectory.* behind for atomic writes.
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }
}
