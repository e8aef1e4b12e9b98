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

/// The constraint layers everywhere else: the export layers, the map and the report, on a
/// site decided by hand (100 × 100 m with 100 dwellings; a hard strip takes x ≥ 80, a soft
/// area lies across the whole site: 8,000 m² buildable).
@Suite struct ConstraintLayersTests {
    static let crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}"

    static func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> String {
        "{\"type\":\"Polygon\",\"coordinates\":[[[\(x0),\(y0)],[\(x1),\(y0)],[\(x1),\(y1)],[\(x0),\(y1)],[\(x0),\(y0)]]]}"
    }

    static func files() throws -> (housing: String, constraints: String) {
        let housing = try TestFiles.write(
            "cl-housing.geojson",
            "{\"type\":\"FeatureCollection\",\(crs),\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"w\","
                + "\"name\":\"W\",\"accuracy_m\":0,\"planned_dwellings_min\":100,\"planned_dwellings_max\":100},"
                + "\"geometry\":\(square(100_000, 460_000, 100_100, 460_100))}]}")
        let constraints = try TestFiles.write(
            "cl-constraints.geojson",
            "{\"type\":\"FeatureCollection\",\(crs),\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"g\","
                + "\"name\":\"G\",\"kind\":\"geluid\",\"effect\":\"hard\",\"lden_db\":50,\"accuracy_m\":0},"
                + "\"geometry\":\(square(100_080, 459_950, 100_200, 460_150))},{\"type\":\"Feature\",\"properties\":"
                + "{\"id\":\"e\",\"name\":\"E\",\"kind\":\"externe-veiligheid\",\"effect\":\"soft\","
                + "\"aandachtsgebied\":\"brand\",\"accuracy_m\":0},\"geometry\":\(square(99_990, 459_990, 100_110, 460_110))}]}"
        )
        return (housing, constraints)
    }

    /// The shoelace area of every ring of a GeoJSON polygon's first feature (exterior positive).
    static func area(_ geojson: String) throws -> (Double, [String: Any]) {
        let object = try JSONSerialization.jsonObject(with: Data(geojson.utf8)) as? [String: Any]
        let feature = try #require((object?["features"] as? [[String: Any]])?.first)
        let geometry = try #require(feature["geometry"] as? [String: Any])
        let rings = try #require(geometry["coordinates"] as? [[[Double]]])
        let area = rings.map { ring in
            zip(ring, ring.dropFirst()).reduce(0.0) { $0 + ($1.0[0] * $1.1[1] - $1.1[0] * $1.0[1]) } / 2
        }.reduce(0, +)
        return (area, feature["properties"] as? [String: Any] ?? [:])
    }

    @Test func theBuildableHeadroomLayerIsTheSiteLessTheHardStrip() throws {
        let (housing, constraints) = try Self.files()
        let common = ["--housing", housing, "--constraints", constraints, "--crs-out", "EPSG:28992", "--quiet"]
        let run = try ruimte(arguments: ["export", "--layer", "buildable_headroom"] + common)
        #expect(run.status == 0, "\(run.stderr)")
        let (area, properties) = try Self.area(run.stdout)
        #expect(abs(area - 8000) < 1e-6)
        #expect(properties["housing_id"] as? String == "w" && (properties["buildable_m2"] as? Double) == 8000)
        #expect(properties["limited_by"] as? String == "g" && (properties["dwellings_low"] as? Double) == 80)
        let layer = try ruimte(arguments: ["export", "--layer", "constraints"] + common)
        #expect(layer.stdout.contains("\"effect\":\"hard\"") && layer.stdout.contains("\"aandachtsgebied\":\"brand\""))
        #expect(try ruimte("export", "--layer", "buildable_headroom", "--housing", housing).status == 64)
    }

    @Test func theMapHatchesHardAndOutlinesSoftAndTheReportHasTheTables() throws {
        let (housing, constraints) = try Self.files()
        let map = try ruimte("map", "--housing", housing, "--constraints", constraints, "--quiet")
        #expect(map.status == 0)
        let group = try #require(map.stdout.components(separatedBy: "<g id=\"constraints\"").last)
        #expect(group.contains("fill=\"url(#constraint-hatch)\"") && group.contains("stroke-dasharray=\"10 4 2 4\""))
        #expect(map.stdout.contains("hard constraint: no new sensitive function"))
        let report = try ruimte("report", "--housing", housing, "--constraints", constraints, "--quiet")
        #expect(report.status == 0 && report.stdout.contains("## Constraints beyond milieuzonering"))
        let table = try ruimte(
            "constraints", "--housing", housing, "--constraints", constraints, "--of", "headroom", "--format",
            "markdown", "--quiet")
        let row = try #require(table.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("| W") })
        #expect(report.stdout.contains(row))
    }
}
