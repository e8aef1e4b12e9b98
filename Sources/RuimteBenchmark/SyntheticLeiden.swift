import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry
import RuimteTestSupport

/// A deterministic synthetic city around Leiden in RD New, for benchmarks at city and
/// province scale: non-overlapping building footprints (rectangles and L-shapes, each in
/// its own cell of a jittered grid), dwelling points and business-park-like zones.
struct SyntheticLeiden {
    var buildings: Int
    var dwellings: Int
    var zones: Int
    var seed: UInt64
    /// Also write the buildings and dwellings as GeoJSON (RD New, millimetres), the format
    /// planners' BAG exports come in, for timing the product's loader.
    var geoJSON = false

    /// Writes `buildings.wkb` and `zones.wkb` (records of a little-endian UInt32 length and
    /// WKB), `floors.bin` (one byte per building) and `dwellings.bin` (little-endian
    /// Float64 x, y pairs) into `directory`.
    func write(to directory: URL) throws {
        var rng = SeededGenerator(seed: seed)
        let geos = try GEOSSession()
        let side = Int(Double(buildings).squareRoot().rounded(.up))
        let cell = 20.0
        let origin = XY(x: 94_000 - Double(side) * cell / 2, y: 464_000 - Double(side) * cell / 2)
        var wkb = Data(), floors = Data()
        let buildingsJSON = try geoJSON ? GeoJSONWriter(directory.appendingPathComponent("buildings.geojson")) : nil
        for i in 0..<buildings {
            let ring = Self.footprint(at: origin, column: i % side, row: i / side, cell: cell, using: &rng)
            append(try geos.wkb(geos.native(.polygon(Polygon(exterior: ring)))), to: &wkb)
            floors.append(UInt8(Int.random(in: 1...8, using: &rng)))
            try buildingsJSON?.feature(
                id: i,
                geometry: "{\"type\":\"Polygon\",\"coordinates\":[["
                    + ring.map(GeoJSONWriter.position).joined(separator: ",") + "]]}",
                properties: "\"floors\":\(floors.last!)")
        }
        try buildingsJSON?.close()
        try wkb.write(to: directory.appendingPathComponent("buildings.wkb"))
        try floors.write(to: directory.appendingPathComponent("floors.bin"))
        let span = Double(side) * cell
        var points = Data()
        let dwellingsJSON = try geoJSON ? GeoJSONWriter(directory.appendingPathComponent("dwellings.geojson")) : nil
        for i in 0..<dwellings {
            let p = XY(
                x: origin.x + Double.random(in: 0..<span, using: &rng),
                y: origin.y + Double.random(in: 0..<span, using: &rng))
            for v in [p.x, p.y] {
                withUnsafeBytes(of: v.bitPattern.littleEndian) { points.append(contentsOf: $0) }
            }
            try dwellingsJSON?.feature(
                id: i, geometry: "{\"type\":\"Point\",\"coordinates\":\(GeoJSONWriter.position(p))}", properties: "")
        }
        try dwellingsJSON?.close()
        try points.write(to: directory.appendingPathComponent("dwellings.bin"))
        var zoneData = Data()
        for _ in 0..<zones {
            // Parks of 150-600 m, a quarter of them with a notch so they are not all boxes.
            let w = Double.random(in: 150..<600, using: &rng), h = Double.random(in: 150..<600, using: &rng)
            let x0 = origin.x + Double.random(in: 0..<max(1, span - w), using: &rng)
            let y0 = origin.y + Double.random(in: 0..<max(1, span - h), using: &rng)
            var ring = Polygon.rectangle(minX: x0, minY: y0, maxX: x0 + w, maxY: y0 + h).exterior
            if Double.random(in: 0..<1, using: &rng) < 0.25 {
                ring = [
                    XY(x: x0, y: y0), XY(x: x0 + w, y: y0), XY(x: x0 + w, y: y0 + h), XY(x: x0 + w / 2, y: y0 + h / 2),
                    XY(x: x0, y: y0 + h), XY(x: x0, y: y0),
                ]
            }
            append(try geos.wkb(geos.native(.polygon(Polygon(exterior: ring)))), to: &zoneData)
        }
        try zoneData.write(to: directory.appendingPathComponent("zones.wkb"))
    }

    /// One building in its grid cell: a rectangle of 6-15 m, or (three in ten) an L-shape.
    static func footprint(at origin: XY, column: Int, row: Int, cell: Double, using rng: inout SeededGenerator) -> [XY]
    {
        let x0 = origin.x + Double(column) * cell + Double.random(in: 1..<4, using: &rng)
        let y0 = origin.y + Double(row) * cell + Double.random(in: 1..<4, using: &rng)
        let w = Double.random(in: 6..<15, using: &rng), h = Double.random(in: 6..<15, using: &rng)
        if Double.random(in: 0..<1, using: &rng) < 0.3 {
            // An L-shape: the rectangle less its top-right quarter.
            return [
                XY(x: x0, y: y0), XY(x: x0 + w, y: y0), XY(x: x0 + w, y: y0 + h / 2),
                XY(x: x0 + w / 2, y: y0 + h / 2),
                XY(x: x0 + w / 2, y: y0 + h), XY(x: x0, y: y0 + h), XY(x: x0, y: y0),
            ]
        } else {
            return Polygon.rectangle(minX: x0, minY: y0, maxX: x0 + w, maxY: y0 + h).exterior
        }
    }

    private func append(_ record: [UInt8], to data: inout Data) {
        withUnsafeBytes(of: UInt32(record.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: record)
    }
}

/// Writes a GeoJSON FeatureCollection in RD New (with the legacy `crs` member, as BAG
/// exports from GDAL have it) feature by feature.
final class GeoJSONWriter {
    private let file: FileHandle
    private var buffer = ""
    private var count = 0

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw GeometryError(.parse, operation: "write GeoJSON", message: "cannot create \(url.path)")
        }
        file = try FileHandle(forWritingTo: url)
        buffer =
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
            + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\n\"features\":[\n"
    }

    static func position(_ p: XY) -> String { "[\(FixedDecimal.format(p.x, 3)),\(FixedDecimal.format(p.y, 3))]" }

    func feature(id: Int, geometry: String, properties: String) throws {
        buffer +=
            (count == 0 ? "" : ",\n") + "{\"type\":\"Feature\",\"properties\":{\"id\":\"\(id)\""
            + (properties.isEmpty ? "" : "," + properties)
            + "},\"geometry\":" + geometry + "}"
        count += 1
        if buffer.utf8.count > 1 << 20 { try flush() }
    }

    private func flush() throws {
        try file.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }

    func close() throws {
        buffer += "\n]}\n"
        try flush()
        try file.close()
    }
}

/// Reads the files `SyntheticLeiden` writes, a megabyte at a time, so that reading never
/// holds a whole file in memory next to what is read from it.
enum BenchmarkFiles {
    /// Calls `body` with each record of a records file (see ``SyntheticLeiden/write(to:)``).
    static func forEachRecord(_ url: URL, _ body: ([UInt8]) throws -> Void) throws {
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        var pending: [UInt8] = [], offset = 0
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.removeFirst(offset)
            pending.append(contentsOf: chunk)
            offset = 0
            while offset + 4 <= pending.count {
                let n =
                    Int(pending[offset]) | Int(pending[offset + 1]) << 8 | Int(pending[offset + 2]) << 16 | Int(
                        pending[offset + 3]) << 24
                guard offset + 4 + n <= pending.count else { break }
                try body(Array(pending[(offset + 4)..<(offset + 4 + n)]))
                offset += 4 + n
            }
        }
        guard offset == pending.count else {
            throw GeometryError(.parse, operation: "read records", message: "\(url.path) is truncated")
        }
    }

    /// The geometries of a records file, decoded in Swift.
    static func geometries(_ url: URL) throws -> [Geometry<XY>] {
        var result: [Geometry<XY>] = []
        try forEachRecord(url) { result.append(try WKBDecoder.decode($0)) }
        return result
    }

    /// The buildings: footprints from `buildings.wkb`, floors from `floors.bin`.
    static func buildings(in directory: URL) throws -> BuildingLayer {
        let floors = try Data(contentsOf: directory.appendingPathComponent("floors.bin"))
        let url = directory.appendingPathComponent("buildings.wkb")
        let bytes = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        var layer = BuildingLayer()
        // Every position takes 16 bytes of WKB, so the file size bounds the positions.
        layer.reserveCapacity(positions: bytes / 16, buildings: floors.count)
        var i = 0
        try forEachRecord(url) { record in
            guard i < floors.count else {
                throw GeometryError(.parse, operation: "read buildings", message: "more footprints than floors")
            }
            try layer.append(Building(footprint: WKBDecoder.decode(record), floors: Int(floors[i])))
            i += 1
        }
        return layer
    }

    /// The dwelling positions of `dwellings.bin`.
    static func points(_ url: URL) throws -> [XY] {
        let data = try Data(contentsOf: url)
        return [XY](unsafeUninitializedCapacity: data.count / 16) { buffer, count in
            data.withUnsafeBytes { raw in
                for i in 0..<buffer.count {
                    func value(_ k: Int) -> Double {
                        Double(
                            bitPattern: UInt64(
                                littleEndian: raw.loadUnaligned(fromByteOffset: 16 * i + 8 * k, as: UInt64.self)))
                    }
                    buffer.initializeElement(at: i, to: XY(x: value(0), y: value(1)))
                }
            }
            count = buffer.count
        }
    }
}
