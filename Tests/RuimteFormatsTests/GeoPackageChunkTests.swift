import CGDAL
import Foundation
import RuimteGeometry
import RuimteTestSupport
import Testing

@testable import RuimteFormats

/// A GeoPackage read in id ranges on several threads gives exactly the features of one
/// sequential read, in order and with the same indices; a layer whose ids have a gap is not
/// cut (its features could not be numbered from the ids).
@Suite struct GeoPackageChunkTests {
    /// `n` squares with a text id and an integer and a real field.
    static func write(_ n: Int) throws -> String {
        let path = try TestFiles.scratchDirectory().appendingPathComponent("squares.gpkg").path
        let features = (0..<n).map { i -> (geometry: Geometry<XY>, values: [String: GeoPackageLayer.Value]) in
            let x = 93_000 + Double(i % 200) * 20, y = 463_000 + Double(i / 200) * 20
            let ring = [
                XY(x: x, y: y), XY(x: x + 12, y: y), XY(x: x + 12, y: y + 9), XY(x: x, y: y + 9), XY(x: x, y: y),
            ]
            return (
                .polygon(Polygon(exterior: ring)),
                [
                    "id": .text("b\(i)"), "bouwlagen": i % 4 == 0 ? .null : .integer(i % 5 + 1),
                    "hoogte": .real(Double(i) / 8),
                ]
            )
        }
        try GeoPackageWriter.write(
            [
                GeoPackageLayer(
                    name: "panden", kind: .polygons,
                    fields: [("id", .text), ("bouwlagen", .integer), ("hoogte", .real)], features: features)
            ], to: path)
        return path
    }

    static func sequential(_ source: GDALFeatureSource) throws -> [String] {
        var features: [String] = []
        try source.read(header: { _ in }, feature: { features.append(GeoJSONChunkTests.describe($0)) })
        return features
    }

    @Test func idRangesEqualOneSequentialRead() throws {
        let n = 2 * GDALFeatureSource.featuresPerChunk + 1000
        let source = GDALFeatureSource(try Self.write(n))
        let expected = try Self.sequential(source)
        #expect(expected.count == n)
        for threads in [1, 2] {
            let chunks = try #require(source.chunks(bytesPerChunk: 1 << 22, threads: threads))
            #expect(chunks.count == 3 && chunks.features == n)
            #expect(chunks.header.fields == ["id", "bouwlagen", "hoogte"])
            var read: [String] = []
            for i in 0..<chunks.count { #expect(chunks.read(i) { read.append(GeoJSONChunkTests.describe($0)) }) }
            #expect(read == expected)
        }
    }

    @Test func aGapInTheIdsReadsSequentially() throws {
        let n = GDALFeatureSource.featuresPerChunk + 500
        let path = try Self.write(n)
        _ = try GDALLibrary.require(for: path)
        let handle = try #require(gdal.GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_UPDATE), nil, nil, nil))
        let result = gdal.GDALDatasetExecuteSQL(handle, "DELETE FROM panden WHERE fid = 100", nil, nil)
        if let result { gdal.GDALDatasetReleaseResultSet(handle, result) }
        gdal.GDALClose(handle)
        let source = GDALFeatureSource(path)
        #expect(source.chunks(bytesPerChunk: 1 << 22, threads: 2) == nil)
        #expect(try Self.sequential(source).count == n - 1)
    }

    @Test func aSmallLayerIsNotCut() throws {
        #expect(GDALFeatureSource(try Self.write(100)).chunks(bytesPerChunk: 1 << 22, threads: 2) == nil)
    }

    /// A damaged file ends GDAL's reading early with only a message: that is an error naming
    /// how far it got, never a shorter layer (and never a hang in GDAL's own reader threads).
    @Test func aDamagedFileIsAnErrorNotAShorterLayer() throws {
        let path = try Self.write(2 * GDALFeatureSource.featuresPerChunk)
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try file.seekToEnd()
        try file.seek(toOffset: size / 2)
        file.write(Data(repeating: 0xFF, count: 20_000))
        try file.close()
        let source = GDALFeatureSource(path)
        do {
            _ = try Self.sequential(source)
            Issue.record("a damaged GeoPackage read without an error")
        } catch {
            let failure = try #require(error as? SourceError)
            #expect(
                failure.exitStatus == .badData && failure.message.contains("GDAL could not read every feature"),
                "\(failure)")
        }
        if let chunks = source.chunks(bytesPerChunk: 1 << 22, threads: 2) {
            let read = (0..<chunks.count).map { chunks.read($0) { _ in } }
            #expect(read.contains(false), "a damaged chunk must send the layer to the sequential read")
        }
    }
}
