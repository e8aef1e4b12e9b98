import Foundation
import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// Ruimte's overlaps, distances and catchment counts on the bundled Leiden data against an
/// independent computation with shapely and pyproj (`crosscheck_shapely.py`; PyPI's shapely
/// bundles a different GEOS, pyproj a different PROJ). `make setup` installs both; without
/// them this test fails rather than skips.
@Suite struct CrossCheckTests {
    struct Oracle: Decodable {
        struct Pair: Decodable {
            var a: [String]
            var b: [String]
            var area: Double?
            var distance: Double?
            var centroid: Double?
        }
        struct Catchment: Decodable {
            var centre: String
            var radius: Double
            var low: Double
            var high: Double
        }
        var overlaps: [Pair]
        var distances: [Pair]
        var catchments: [Catchment]
    }

    func oracle() throws -> Oracle {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "crosscheck_shapely.py"
        ).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, TestFiles.geodataDirectory]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "crosscheck_shapely.py failed: \(errors)")
        return try JSONDecoder().decode(Oracle.self, from: data)
    }

    @Test func overlapsDistancesAndCatchmentsAgreeWithShapely() throws {
        let oracle = try oracle()
        let catalogue = try leiden()
        let geos = try GEOSSession()
        var geometry: [String: NativeGeometry] = [:]
        for layer in SiteLayer.allCases {
            for r in catalogue.records(layer) { geometry["\(layer.rawValue)/\(r.id)"] = try geos.native(r.geometry) }
        }
        for park in catalogue.parks {
            for zone in park.zones where zone.id != park.id {
                geometry["zones/\(zone.id)"] = try geos.native(zone.geometry)
            }
        }
        func native(_ key: [String]) throws -> NativeGeometry { try #require(geometry[key.joined(separator: "/")]) }

        // Every pair shapely measured, to 1 mm.
        #expect(oracle.distances.count == (geometry.count * (geometry.count - 1)) / 2)
        for pair in oracle.distances {
            let a = try native(pair.a), b = try native(pair.b)
            #expect(abs(try a.distance(b) - (pair.distance ?? -1)) < 0.001, "\(pair.a) \(pair.b)")
            #expect(abs(try a.centroid().distance(b.centroid()) - (pair.centroid ?? -1)) < 0.001, "\(pair.a) \(pair.b)")
        }
        // Every overlap shapely found, to 1e-6 relative, and no other pair overlapping.
        #expect(!oracle.overlaps.isEmpty)
        for pair in oracle.overlaps {
            let area = try native(pair.a).intersection(native(pair.b)).area()
            #expect(abs(area - (pair.area ?? -1)) <= 1e-6 * area, "\(pair.a) \(pair.b)")
        }
        // The analysis layer's overlap table matches too.
        let analysis = try SpatialAnalysis(catalogue: catalogue, richtafstanden: vng2009())
        let swiftParkHousing = try analysis.overlaps(from: .parks, to: .housing)
        let shapelyParkHousing = oracle.overlaps.filter { $0.a[0] == "parks" && $0.b[0] == "housing" }
        #expect(swiftParkHousing.map { [$0.a.id, $0.b.id] } == shapelyParkHousing.map { [$0.a[1], $0.b[1]] })
        // SC-1 apportioned dwellings (buffers of 16 segments per quadrant in both).
        let pressure = try analysis.centrePressure()
        for c in oracle.catchments {
            let row = try #require(
                pressure.first { $0.centre.id == c.centre }?.plannedDwellingsWithin.first { $0.radius == c.radius })
            #expect(abs(row.dwellings.lowerBound - c.low) <= 1e-6 * max(1, c.low), "\(c.centre) \(c.radius)")
            #expect(abs(row.dwellings.upperBound - c.high) <= 1e-6 * max(1, c.high), "\(c.centre) \(c.radius)")
        }
    }
}
