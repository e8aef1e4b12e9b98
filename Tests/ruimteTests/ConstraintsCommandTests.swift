import Foundation
import RuimteTestSupport
import Testing

/// `ruimte constraints` as a planner runs it: usage and data errors with their exit codes.
@Suite struct ConstraintsCommandTests {
    @Test func withoutALayerItSaysWhatToGive() throws {
        let run = try ruimte("constraints")
        #expect(run.status == 64 && run.stderr.contains("give at least one --constraints FILE"))
    }

    @Test func aRepeatedIdIsRefusedAndTheExampleRuns() throws {
        let file = "notebooks-md/data/wernink-constraints.geojson"
        let twice = try ruimte("constraints", "--constraints", file, "--constraints", file)
        #expect(twice.status == 65 && twice.stderr.contains("appears more than once"))
        let json = try ruimte("constraints", "--constraints", file, "--format", "json", "--quiet")
        #expect(json.status == 0)
        for name in ["constraint_sites", "constraint_kinds", "buildable_headroom", "constraint_parks"] {
            #expect(json.stdout.contains("\"name\": \"\(name)\""), "\(name)")
        }
    }
}
