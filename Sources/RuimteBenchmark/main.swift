// ruimte-bench: generates synthetic layers and times Ruimte's large-layer computations on
// them. Peers (shapely, geopandas, raw GEOS C) live in peers/; peers/bench.py runs them all
// on the same files and writes the comparison. Build in release mode:
//   swift build -c release --product ruimte-bench
//   .build/release/ruimte-bench generate --buildings 100000 --dwellings 100000 --zones 1000 --out /tmp/b
//   .build/release/ruimte-bench run /tmp/b --threads 1 --reps 3 --results /tmp/b/swift.json
// Timing never fails a test; the tests check the same code for correctness on small inputs.
import Foundation
import RuimteDomain
import RuimteGeometry

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "generate":
        let out = URL(fileURLWithPath: option("--out", in: arguments) ?? "bench-data")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let layers = SyntheticLeiden(
            buildings: Int(option("--buildings", in: arguments) ?? "") ?? 10_000,
            dwellings: Int(option("--dwellings", in: arguments) ?? "") ?? 10_000,
            zones: Int(option("--zones", in: arguments) ?? "") ?? 100,
            seed: UInt64(option("--seed", in: arguments) ?? "") ?? 20_261_122,
            geoJSON: arguments.contains("--geojson"))
        try layers.write(to: out)
        print(
            "generated \(layers.buildings) buildings, \(layers.dwellings) dwellings, \(layers.zones) zones in "
                + "\(out.path)"
        )
    case "run":
        guard arguments.count >= 2 else {
            throw GeometryError(
                .parse, operation: "arguments", message: "run DIR [--threads T] [--reps R] [--results FILE]")
        }
        let dir = URL(fileURLWithPath: arguments[1])
        let threads = Int(option("--threads", in: arguments) ?? "") ?? 1
        let reps = Int(option("--reps", in: arguments) ?? "") ?? 3
        let distance = Double(option("--distance", in: arguments) ?? "") ?? 100
        // Loading reads the WKB records a megabyte at a time into one packed layer (16 bytes
        // per position); GEOS geometries are made only inside the computations, a few at a time.
        var buildings = BuildingLayer(), zones: [Geometry<XY>] = [], dwellings: [XY] = []
        let load = try seconds {
            buildings = try BenchmarkFiles.buildings(in: dir)
            zones = try BenchmarkFiles.geometries(dir.appendingPathComponent("zones.wkb"))
            dwellings = try BenchmarkFiles.points(dir.appendingPathComponent("dwellings.bin"))
        }
        var intensity: [OverlayArea] = [], counts: [Int] = []
        let floors = buildings.floors.map(Double.init)
        var coverageTimes: [Double] = [], dwellingTimes: [Double] = []
        for _ in 0..<reps {
            coverageTimes.append(
                try seconds {
                    intensity = try StreamingJoin.overlayAreas(
                        polygons: zones, features: buildings.footprints, weights: floors, threads: threads)
                })
            dwellingTimes.append(
                try seconds {
                    counts = try StreamingJoin.pointCounts(
                        polygons: zones, distances: zones.map { _ in distance }, points: dwellings, threads: threads)
                })
        }
        let timing =
            "{\"implementation\": \"swift\", \"threads\": \(threads), \"load_s\": \(load), \"coverage_s\": "
            + "\(median(coverageTimes)), \"dwellings_s\": \(median(dwellingTimes))}"
        print(timing)
        if let results = option("--results", in: arguments) {
            var text = "{\"footprint\": [" + intensity.map { String($0.covered) }.joined(separator: ",") + "],\n"
            text += "\"floor_area\": [" + intensity.map { String($0.weightedCovered) }.joined(separator: ",") + "],\n"
            text += "\"dwellings\": [" + counts.map(String.init).joined(separator: ",") + "]}\n"
            try text.write(toFile: results, atomically: false, encoding: .utf8)
        }
    case "load":
        // The product's own loader on the GeoJSON files (generate --geojson): parse, check
        // every feature (id, CRS, validity) and pack. Prints counts for the peer to agree on.
        guard arguments.count >= 2 else { throw GeometryError(.parse, operation: "arguments", message: "load DIR") }
        let dir = URL(fileURLWithPath: arguments[1])
        var loader = try LayerLoader()
        var buildings = BuildingLayer(), dwellings: [XY] = []
        let buildingSeconds = try seconds {
            buildings = try loader.buildings(dir.appendingPathComponent("buildings.geojson").path).layer
        }
        let dwellingSeconds = try seconds {
            dwellings = try loader.dwellings(dir.appendingPathComponent("dwellings.geojson").path).positions
        }
        let positions = buildings.footprints.positions.count
        let floors = buildings.floors.reduce(0, +)
        print(
            "{\"implementation\": \"swift\", \"buildings_s\": \(buildingSeconds), \"dwellings_s\": \(dwellingSeconds), "
                + "\"buildings\": \(buildings.count), \"positions\": \(positions), \"floors\": \(floors), "
                + "\"dwellings\": \(dwellings.count), "
                + "\"dwelling_x_sum\": \(dwellings.reduce(0) { $0 + $1.x })}")
    default:
        print(
            "usage: ruimte-bench generate --buildings N --dwellings N --zones K [--seed S] [--geojson] --out DIR\n  "
                + "     ruimte-bench load DIR\n       ruimte-bench run DIR [--threads T] [--reps R] [--distance M] "
                + "[--results FILE]"
        )
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("ruimte-bench: \(error)\n".utf8))
    exit(1)
}
