import Foundation
import RuimteTestSupport
import Testing

/// GDAL is loaded on first use (`GDALLibrary`): a command that needs it and cannot load it
/// stops with exit 69 and a message naming the input or output, writes nothing, and a
/// command on GeoJSON alone never needs it.
@Suite struct GDALLoadingTests {
    /// `RUIMTE_GDAL_LIBRARY` pointing at a file that is not there, and at a library that is
    /// not GDAL (GEOS's C API, which every machine running Ruimte has).
    static let brokenLibraries = ["/nonexistent/libgdal.so", "libgeos_c.so"]

    @Test func readingWithoutGDALIsExit69() throws {
        let good = try TestFiles.scratchDirectory().appendingPathComponent("parks.gpkg").path
        #expect(try ruimte("export", "--format", "gpkg", "--output", good, "--quiet").status == 0)
        for library in Self.brokenLibraries {
            let dir = try TestFiles.scratchDirectory()
            let output = dir.appendingPathComponent("out.csv").path
            let run = try ruimte(
                arguments: ["overlaps", "--parks", good + "|layername=sites", "--format", "csv", "--output", output],
                environment: ["RUIMTE_GDAL_LIBRARY": library])
            #expect(run.status == 69, "\(library): \(run.stderr)")
            #expect(run.stderr.contains("parks.gpkg") && run.stderr.contains("needs GDAL"), "\(run.stderr)")
            #expect(
                run.stderr.contains(library == "libgeos_c.so" ? "has no function" : "cannot be loaded"), "\(run.stderr)"
            )
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test func writingWithoutGDALIsExit69AndWritesNothing() throws {
        let dir = try TestFiles.scratchDirectory()
        let output = dir.appendingPathComponent("out.gpkg").path
        let run = try ruimte(
            arguments: ["export", "--format", "gpkg", "--output", output, "--quiet"],
            environment: ["RUIMTE_GDAL_LIBRARY": Self.brokenLibraries[0]])
        #expect(run.status == 69 && run.stderr.contains("needs GDAL"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func geoJSONNeedsNoGDAL() throws {
        let environment = ["RUIMTE_GDAL_LIBRARY": Self.brokenLibraries[0]]
        let report = try ruimte(arguments: ["report", "--quiet"], environment: environment)
        #expect(report.status == 0 && report.stdout.contains("Amphoraweg"), "\(report.stderr)")
        let export = try ruimte(
            arguments: ["export", "--format", "geojson", "--layer", "sites", "--quiet"], environment: environment)
        #expect(export.status == 0 && export.stdout.hasPrefix("{"), "\(export.stderr)")
    }
}
