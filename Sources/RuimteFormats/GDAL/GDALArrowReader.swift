import CGDAL
import Foundation
import RuimteGeometry

/// Reads a layer through GDAL's Arrow C stream (`OGR_L_GetArrowStream`, GDAL 3.6): record
/// batches of columns, with the geometry as WKB, instead of one `OGRFeature` per row. This is
/// how the fastest Python pipeline (pyogrio with `use_arrow=True`) reads, and it skips GDAL's
/// per-feature objects. Columns of types it does not know make it decline (nil), and the
/// source falls back to the per-feature path.
struct GDALArrowReader {
    /// One column: its name, Arrow format and child index in the batch.
    private struct ColumnInfo {
        var name: String
        var format: String
        var index: Int
        var isGeometry: Bool
        /// A text column holding JSON (GDAL's JSON subtype: a GeoJSON object in a GeoPackage).
        var isJSON: Bool
        /// The layer's FID column: a feature's id when it has no other (``SourceFeature/fallbackID``).
        var isFID = false
    }

    /// Features per batch: GDAL's default is 65,536; a smaller batch holds less in memory
    /// at once (the chunks of a parallel read are this size too) and costs no speed.
    static let batchSize = 16_384

    /// Streams `layer`: each row to `feature`. Returns false (having read nothing) when the
    /// layer's schema holds a type this reader does not decode.
    static func read(
        _ layer: OGRLayerH, source: String, startIndex: Int = 0,
        feature: (SourceFeature) -> Void
    ) throws(SourceError) -> Int? {
        var stream = ArrowArrayStream()
        // The FID of a layer with a FID column (a GeoPackage's fid, where ogr2ogr puts a GeoJSON's
        // integer ids) comes first, as a fallback id; a Shapefile's record numbers are no ids.
        let fidColumn = gdal.OGR_L_GetFIDColumn(layer).map { String(cString: $0) } ?? ""
        let options = gdal.CSLAddString(
            gdal.CSLAddString(nil, fidColumn.isEmpty ? "INCLUDE_FID=NO" : "INCLUDE_FID=YES"),
            "MAX_FEATURES_IN_BATCH=\(batchSize)")
        defer { gdal.CSLDestroy(options) }
        guard gdal.OGR_L_GetArrowStream(layer, &stream, options) else { return nil }
        defer { stream.release?(&stream) }
        var schema = ArrowSchema()
        guard stream.get_schema(&stream, &schema) == 0 else { return nil }
        defer { schema.release?(&schema) }
        guard var columns = columns(of: schema) else { return nil }
        if !fidColumn.isEmpty, let first = columns.first, first.name == fidColumn, first.format == "l" {
            columns[0].isFID = true
        }
        var index = startIndex
        while true {
            var batch = ArrowArray()
            guard stream.get_next(&stream, &batch) == 0 else {
                let detail =
                    stream.get_last_error.flatMap { $0(&stream) }.map { String(cString: $0) } ?? "unknown error"
                throw SourceError(
                    .badData, source: source, message: "GDAL could not read a batch of features (\(detail))")
            }
            guard batch.release != nil else { break }  // end of stream
            defer { batch.release?(&batch) }
            try readBatch(batch, columns: columns, index: &index, source: source, feature: feature)
        }
        return index - startIndex
    }

    private static func columns(of schema: ArrowSchema) -> [ColumnInfo]? {
        var result: [ColumnInfo] = []
        for i in 0..<Int(schema.n_children) {
            guard let child = schema.children?[i]?.pointee, let format = child.format.map({ String(cString: $0) })
            else { return nil }
            let name = child.name.map { String(cString: $0) } ?? "field_\(i)"
            let metadata = child.metadata.map { Self.metadata($0) } ?? [:]
            let isGeometry =
                metadata["ARROW:extension:name"] == "ogc.wkb"
                || (format == "z" && result.allSatisfy { !$0.isGeometry } && name.lowercased().contains("geom"))
            guard
                ["l", "i", "s", "c", "g", "f", "b", "u", "z", "tdD"].contains(format) || format.hasPrefix("tsm:")
                    || format.hasPrefix("tss:")
            else { return nil }
            result.append(
                ColumnInfo(
                    name: name, format: format, index: i, isGeometry: isGeometry && format == "z",
                    isJSON: metadata["ARROW:extension:name"] == "arrow.json"))
        }
        return result
    }

    /// One column of a batch with its buffers checked once: the validity bitmap (optional),
    /// the data or offsets, and the values of a text or binary column.
    private struct ColumnData {
        var array: ArrowArray
        var data: UnsafeRawPointer
        var values: UnsafeRawPointer?
    }

    /// The batch's columns, or an error when GDAL hands over a batch without the buffers
    /// its schema promises (never a crash on a malformed stream).
    private static func columnData(_ batch: ArrowArray, _ columns: [ColumnInfo], source: String) throws(SourceError)
        -> [ColumnData]
    {
        func malformed(_ what: String) -> SourceError {
            SourceError(.badData, source: source, message: "GDAL returned a malformed batch of features (\(what))")
        }
        guard let children = batch.children, batch.n_children >= columns.count else {
            throw malformed("missing columns")
        }
        return try columns.map { column throws(SourceError) in
            guard let child = children[column.index]?.pointee else {
                throw malformed("column \(column.name) is missing")
            }
            let textual = column.format == "u" || column.format == "z"
            guard child.n_buffers >= (textual ? 3 : 2), child.length + child.offset >= batch.length,
                let buffers = child.buffers, let data = buffers[1]
            else {
                throw malformed("column \(column.name) has no data")
            }
            return ColumnData(array: child, data: data, values: textual ? buffers[2] : nil)
        }
    }

    private static func readBatch(
        _ batch: ArrowArray, columns: [ColumnInfo], index: inout Int, source: String,
        feature: (SourceFeature) -> Void
    ) throws(SourceError) {
        let rows = Int(batch.length)
        let arrays = try columnData(batch, columns, source: source)
        for row in 0..<rows {
            var properties: [String: JSONValue] = Dictionary(minimumCapacity: columns.count)
            var problems: [(String, String)] = []
            var geometry = SourceGeometry.missing
            var fid: JSONValue?
            for (c, column) in columns.enumerated() {
                let array = arrays[c]
                let i = row + Int(array.array.offset)
                if column.isFID {
                    if !isNull(array.array, i) { fid = value(array, "l", i) }
                    continue
                }
                if isNull(array.array, i) {
                    if !column.isGeometry { properties[column.name] = .null }
                    continue
                }
                if column.isGeometry {
                    geometry = wkb(array, i)
                } else if column.isJSON, let parsed = try? JSONParser.parse(Data(slice(array, i))) {
                    properties[column.name] = parsed
                } else if column.format == "u" {
                    let (text, problem) = FieldValues.text(slice(array, i))
                    properties[column.name] = .string(text)
                    if let problem { problems.append((column.name, problem)) }
                } else {
                    properties[column.name] = value(array, column.format, i)
                }
            }
            feature(
                SourceFeature(
                    index: index, featureID: nil, properties: properties, geometry: geometry,
                    problem: FieldValues.problem(problems), fallbackID: fid))
            index += 1
        }
    }

    private static func isNull(_ array: ArrowArray, _ i: Int) -> Bool {
        guard array.null_count != 0, let bitmap = array.buffers?[0] else { return false }
        return bitmap.load(fromByteOffset: i >> 3, as: UInt8.self) & (1 << UInt8(i & 7)) == 0
    }

    private static func value(_ array: ColumnData, _ format: String, _ i: Int) -> JSONValue {
        let data = array.data
        switch format {
        case "l": return FieldValues.integer(data.load(fromByteOffset: i * 8, as: Int64.self))
        case "i": return .number(Double(data.load(fromByteOffset: i * 4, as: Int32.self)))
        case "s": return .number(Double(data.load(fromByteOffset: i * 2, as: Int16.self)))
        case "c": return .number(Double(data.load(fromByteOffset: i, as: Int8.self)))
        case "g": return .number(data.load(fromByteOffset: i * 8, as: Double.self))
        case "f": return .number(Double(data.load(fromByteOffset: i * 4, as: Float.self)))
        case "b": return .bool(data.load(fromByteOffset: i >> 3, as: UInt8.self) & (1 << UInt8(i & 7)) != 0)
        case "u":
            return .string(FieldValues.text(slice(array, i)).value)
        case "tdD":
            return .string(isoDate(days: Int(data.load(fromByteOffset: i * 4, as: Int32.self))))
        default:  // timestamps in milliseconds (tsm) or seconds (tss), UTC
            let raw = Int(data.load(fromByteOffset: i * 8, as: Int64.self))
            let seconds = format.hasPrefix("tsm:") ? Int((Double(raw) / 1_000).rounded(.down)) : raw
            let days = Int((Double(seconds) / 86_400).rounded(.down)), rest = seconds - days * 86_400
            return .string(
                isoDate(days: days) + "T"
                    + [rest / 3600, rest / 60 % 60, rest % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(
                        separator: ":") + "Z")
        }
    }

    /// `YYYY-MM-DD` for days since 1970-01-01 (the proleptic Gregorian calendar; H. Hinnant's
    /// civil-from-days algorithm).
    static func isoDate(days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The bytes of row `i` of a utf8 or binary column (int32 offsets).
    private static func slice(_ array: ColumnData, _ i: Int) -> UnsafeRawBufferPointer {
        let offsets = array.data, values = array.values
        let start = Int(offsets.load(fromByteOffset: i * 4, as: Int32.self)),
            end = Int(offsets.load(fromByteOffset: (i + 1) * 4, as: Int32.self))
        guard let values, end > start else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: values + start, count: end - start)
    }

    private static func wkb(_ array: ColumnData, _ i: Int) -> SourceGeometry {
        let bytes = Array(slice(array, i))
        guard !bytes.isEmpty else { return .missing }
        do {
            return .read(try WKBDecoder.decode(bytes, as: Stored.self))
        } catch {
            return .unreadable(type: wkbTypeName(bytes), message: (error as? GeometryError)?.message ?? "\(error)")
        }
    }

    /// The OGC type name a WKB header states, for messages.
    private static func wkbTypeName(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 5 else { return "unknown" }
        let code =
            bytes[0] == 1
            ? UInt32(bytes[1]) | UInt32(bytes[2]) << 8 | UInt32(bytes[3]) << 16 | UInt32(bytes[4]) << 24
            : UInt32(bytes[4]) | UInt32(bytes[3]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[1]) << 24
        let names = [
            1: "Point", 2: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString", 6: "MultiPolygon",
            7: "GeometryCollection",
        ]
        return names[Int(code & 0x0FFF_FFFF) % 1000] ?? "type \(code)"
    }
}
