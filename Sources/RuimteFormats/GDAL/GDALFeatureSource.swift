import CGDAL
import Foundation
import RuimteGeometry

/// Any vector layer GDAL/OGR reads, as a ``FeatureSource``.
///
/// The input is a path, a `PG:` connection string or either with a layer in QGIS's
/// data-source form, `path|layername=NAME`. Zipped (`.zip`) and gzipped (`.gz`) files are
/// read through GDAL's virtual file systems. Every handle (dataset, feature, geometry, SRS
/// export) is released before ``read(header:feature:)`` returns, and GDAL's messages are
/// captured per call (``GDALErrorLog``), never printed.
///
/// Threads: a source opens its own dataset for each read and uses it from the calling
/// thread only, as GDAL requires; separate reads may run on separate threads.
public struct GDALFeatureSource: FeatureSource, Sendable {
    /// The input as the user wrote it.
    public let name: String
    /// The dataset GDAL opens (with a virtual-file-system prefix where needed).
    let dataset: String
    /// The layer named with `|layername=`, if any.
    let layerName: String?

    /// A source for `input` (`path`, `path|layername=NAME` or `PG:...`).
    public init(_ input: String) {
        name = SecretMask.masked(input)
        var path = input
        var layer: String?
        if let bar = input.range(of: "|layername=", options: .caseInsensitive) {
            path = String(input[..<bar.lowerBound])
            layer = String(input[bar.upperBound...]).components(separatedBy: "|").first
        }
        let lower = path.lowercased()
        if lower.hasPrefix("/vsi") || lower.hasPrefix("pg:") {
            dataset = path
        } else if lower.hasSuffix(".zip") {
            dataset = "/vsizip/" + path
        } else if lower.hasSuffix(".gz") {
            dataset = "/vsigzip/" + path
        } else {
            dataset = path
        }
        layerName = layer
    }

    /// The file behind the input, nil for a connection string.
    var file: String? {
        let lower = dataset.lowercased()
        if lower.hasPrefix("pg:") { return nil }
        for prefix in ["/vsizip/", "/vsigzip/"] where lower.hasPrefix(prefix) {
            return String(dataset.dropFirst(prefix.count))
        }
        return lower.hasPrefix("/vsi") ? nil : dataset
    }

    public func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
        if let file { try checkFile(file) }
        _ = try GDALLibrary.require(for: name)
        let log = GDALErrorLog()
        try log.capture { () throws(SourceError) in
            let handle = try open(log)
            defer { gdal.GDALClose(handle) }
            let layer = try self.layer(in: handle)
            let typeProblems = Self.columnTypeProblems(handle, layer)
            guard typeProblems.isEmpty else {
                throw SourceError(.badData, source: name, message: typeProblems.joined(separator: "; "))
            }
            var (layerHeader, fields) = Self.header(of: layer)
            if layerHeader.crs == nil, layerHeader.unreadableCRS == nil {
                layerHeader.unreadableCRS = Self.unreadableCRS(handle, log: log, file: file)
            }
            header(layerHeader)
            // GDAL reads a GeoPackage's Arrow stream on threads of its own when no filter is set:
            // their messages pass by this thread's handler (to stderr), and with GDAL 3.6 a damaged
            // file's stream never ends (a crash there was fixed in 3.11.4, GDAL #12934). The
            // one-thread stream does neither; large layers are read in id ranges anyway.
            gdal.CPLSetThreadLocalConfigOption("OGR_GPKG_STREAM_BASE_IMPL", "YES")
            defer { gdal.CPLSetThreadLocalConfigOption("OGR_GPKG_STREAM_BASE_IMPL", nil) }
            let count = try read(layer, of: handle, fields: fields, startIndex: 0, log: log, feature: feature)
            if let problem = Self.recordCountProblem(handle, read: count, file: file) {
                throw SourceError(.badData, source: name, message: problem)
            }
        }
    }

    /// Opens the dataset, with GDAL's messages going to `log`.
    func open(_ log: GDALErrorLog) throws(SourceError) -> GDALDatasetH {
        try checkLocal()
        let options = openOptions()
        let drivers = Self.stringList(Self.allowedDrivers())
        defer {
            gdal.CSLDestroy(options)
            gdal.CSLDestroy(drivers)
        }
        func open(_ path: String) -> GDALDatasetH? {
            gdal.GDALOpenEx(
                path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY), drivers.map { UnsafePointer(OpaquePointer($0)) },
                options.map { UnsafePointer(OpaquePointer($0)) }, nil)
        }
        var handle = open(openPath())
        if handle == nil, let inner = try insideZip() { handle = open(inner) }
        guard let handle else {
            let detail =
                log.lastFailure.map {
                    let oneLine = $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    return " (GDAL: \(SecretMask.masked(oneLine.joined(separator: " "))))"
                } ?? ""
            if dataset.lowercased().hasPrefix("pg:") {
                throw SourceError(
                    .unavailable, source: name,
                    message:
                        "cannot connect to the database\(detail); check the server and the connection string (a "
                        + "server that does not answer within connect_timeout, 15 s unless set, is given up)")
            }
            if let file, isDirectory(file) {
                throw SourceError(
                    .noInput, source: name,
                    message: "is a directory without a vector layer GDAL can read\(detail); give a layer file")
            }
            throw SourceError(
                .badData, source: name,
                message:
                    "cannot be read as a vector layer\(detail); Ruimte reads \(FeatureSources.supported) (GDAL "
                    + "drivers other than \(Self.documentedDrivers.joined(separator: ", ")) only when "
                    + "RUIMTE_GDAL_DRIVERS names them)")
        }
        return handle
    }

    /// Reads the features `layer` yields (after any filter set on it), numbering them from
    /// `startIndex`; returns how many it read. GDAL ends a layer early when it cannot read on
    /// (a damaged file), saying so only in a message: any failure `log` captures meanwhile
    /// is an error, so that no feature is dropped silently.
    func read(
        _ layer: OGRLayerH, of handle: GDALDatasetH, fields: GDALFields, startIndex: Int, log: GDALErrorLog,
        feature: (SourceFeature) -> Void
    ) throws(SourceError) -> Int {
        let earlier = log.messages.count
        var attributed: Set<Int> = []
        let count = try readFeatures(
            layer, of: handle, fields: fields, startIndex: startIndex, log: log, attributed: &attributed,
            feature: feature)
        let unattributed = log.messages.indices.dropFirst(earlier).filter { !attributed.contains($0) }
        if let failure = unattributed.map({ log.messages[$0] }).last(where: \.isFailure) {
            throw SourceError(
                .badData, source: name,
                message:
                    "GDAL could not read every feature (GDAL: \(failure.text)); \(startIndex + count) features came "
                    + "through, so the file is damaged: repair or export it again (ogrinfo -al shows the damaged one)")
        }
        return count
    }

    /// Reads the features; a GDAL failure raised while one feature was read (a damaged geometry
    /// blob) becomes that feature's problem, its message index added to `attributed`.
    private func readFeatures(
        _ layer: OGRLayerH, of handle: GDALDatasetH, fields: GDALFields, startIndex: Int, log: GDALErrorLog,
        attributed: inout Set<Int>, feature: (SourceFeature) -> Void
    ) throws(SourceError) -> Int {
        let driver = Self.driver(of: handle)
        let fidIsID = driver == "GeoJSON" || driver == "GeoJSONSeq"
        gdal.OGR_L_ResetReading(layer)
        // Columnar batches where the driver reads them fast and geometries are linear;
        // otherwise (or when a column type is not decoded) one feature at a time.
        if ["GPKG", "FlatGeobuf", "ESRI Shapefile"].contains(driver),
            gdal.OGR_GT_IsNonLinear(gdal.OGR_L_GetGeomType(layer)) == 0,
            let batched = try GDALArrowReader.read(layer, source: name, startIndex: startIndex, feature: feature)
        {
            return batched
        }
        gdal.OGR_L_ResetReading(layer)
        let hasFIDColumn = gdal.OGR_L_GetFIDColumn(layer).map { $0.pointee != 0 } ?? false
        var index = startIndex
        while true {
            let before = log.messages.count
            guard let f = gdal.OGR_L_GetNextFeature(layer) else { break }
            defer { gdal.OGR_F_Destroy(f) }
            let fid = gdal.OGR_F_GetFID(f)
            var problems: [(String, String)] = []
            let properties = fields.values(of: f, problems: &problems)
            let failures = log.messages.indices.dropFirst(before).filter { log.messages[$0].isFailure }
            var unread: String?
            if let last = failures.last {
                attributed.formUnion(failures)
                unread = "GDAL could not read it: \(log.messages[last].text)"
            }
            feature(
                SourceFeature(
                    index: index, featureID: fidIsID && fid != OGRNullFID ? .number(Double(fid)) : nil,
                    properties: properties, geometry: Self.geometry(gdal.OGR_F_GetGeometryRef(f)),
                    problem: [unread, FieldValues.problem(problems)].compactMap { $0 }.first,
                    fallbackID: !fidIsID && hasFIDColumn && fid != OGRNullFID ? FieldValues.integer(fid) : nil))
            index += 1
        }
        return index - startIndex
    }

    static func driver(of handle: GDALDatasetH) -> String {
        gdal.GDALGetDriverShortName(gdal.GDALGetDatasetDriver(handle)).map { String(cString: $0) } ?? ""
    }

    /// A missing, unreachable or special file is "unreadable" (exit 66), an empty one bad data.
    func checkFile(_ file: String) throws(SourceError) {
        do {
            _ = try InputFile.check(file, expected: "a layer file")
        } catch {
            throw SourceError(error.exitStatus, source: name, message: error.message)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The layer named with `|layername=`, or the only one.
    func layer(in handle: GDALDatasetH) throws(SourceError) -> OGRLayerH {
        let count = gdal.GDALDatasetGetLayerCount(handle)
        let names = (0..<count).compactMap { i in
            gdal.GDALDatasetGetLayer(handle, i).flatMap { gdal.OGR_L_GetName($0) }.map { String(cString: $0) }
        }
        if let layerName {
            guard let layer = gdal.GDALDatasetGetLayerByName(handle, layerName) else {
                throw SourceError(
                    .badData, source: name,
                    message: "has no layer \"\(layerName)\"; its layers are: \(names.joined(separator: ", "))")
            }
            return layer
        }
        guard count >= 1, let first = gdal.GDALDatasetGetLayer(handle, 0) else {
            throw SourceError(.badData, source: name, message: "holds no vector layer")
        }
        guard count == 1 else {
            throw SourceError(
                .badData, source: name,
                message: "has \(count) layers (\(names.joined(separator: ", "))); name one as '\(name)|layername=NAME'")
        }
        return first
    }
}
