import Foundation
import RuimteGeometry

/// A GeoJSON FeatureCollection file as a ``FeatureSource``, streamed by ``JSONParser`` one
/// feature at a time: memory holds the file's mapped pages and one feature, never the parsed
/// tree. The legacy GeoJSON 2008 `crs` member, when present, becomes the declared CRS.
///
/// As a ``ChunkedFeatureSource`` it cuts the features into chunks that several threads parse
/// at once (``chunks(bytesPerChunk:threads:)``).
public struct GeoJSONFeatureSource: ChunkedFeatureSource {
    /// The file path as the user gave it.
    public let name: String
    /// The bytes, when the source was made from memory rather than a file.
    private let data: Data?

    /// The file read.
    private let path: String

    /// A source reading `path`, named `name` in messages (the input as the user wrote it).
    public init(path: String, name: String? = nil) {
        self.name = name ?? path
        self.path = path
        data = nil
    }

    /// A source reading `data` held in memory (tests, fuzzing); `name` is for messages.
    public init(name: String, data: Data) {
        self.name = name
        self.path = name
        self.data = data
    }

    public func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
        let bytes = try layerBytes()
        var fileProblem: String?
        var count = 0
        do {
            try JSONParser.streamArray(
                "features", in: bytes.bytes,
                members: { members in
                    fileProblem = Self.collectionProblem(members)
                    if fileProblem == nil { header(Self.header(members["crs"])) }
                },
                element: { index, parser in
                    let item = try parser.geoJSONFeature(index: index, depth: 2)
                    guard fileProblem == nil else { return }
                    count += 1
                    feature(item)
                })
        } catch {
            let detail = (error as? GeometryError)?.message ?? "\(error)"
            let message =
                switch (error as? JSONSyntaxError)?.kind {
                case .notAnObject?: "expected a GeoJSON FeatureCollection (a JSON object), found other JSON"
                case .duplicateMember?: "is not valid GeoJSON (\(detail))"
                default: "is not valid JSON (\(detail)); is the file truncated?"
                }
            throw SourceError(.badData, source: name, message: message)
        }
        if let fileProblem { throw SourceError(.badData, source: name, message: fileProblem) }
    }

    public func chunks(bytesPerChunk: Int, threads: Int = 1) -> FeatureChunks? {
        guard let bytes = try? layerBytes() else { return nil }
        var split: JSONArrayChunks?
        guard
            let top = try? JSONParser.topLevelMembers(
                "features", in: bytes.bytes,
                skipArray: { parser in
                    split = JSONArrayChunks(scanning: &parser, bytesPerChunk: bytesPerChunk, pieces: threads) {
                        bytes.release($0)
                    }
                    guard split != nil else {
                        throw GeometryError(.parse, operation: "split features", message: "unbalanced")
                    }
                }), Self.collectionProblem(top.members) == nil, let split, !split.chunks.isEmpty
        else { return nil }
        let features = split.chunks.last.map { $0.firstIndex + $0.count } ?? 0
        return FeatureChunks(header: Self.header(top.members["crs"]), count: split.chunks.count, features: features) {
            index, feature in
            let chunk = split.chunks[index]
            defer { bytes.release(chunk.start..<chunk.end) }
            var parser = JSONParser(bytes.bytes, at: chunk.start)
            parser.rejectsDuplicateMembers = true
            for i in 0..<chunk.count {
                guard let item = try? parser.geoJSONFeature(index: chunk.firstIndex + i, depth: 2),
                    let next = try? parser.peek()
                else { return false }
                if i < chunk.count - 1 {
                    guard next == UInt8(ascii: ",") else { return false }
                    parser.offset += 1
                } else {
                    guard parser.offset == chunk.end else { return false }
                }
                feature(item)
            }
            return true
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// What makes the top-level members not a FeatureCollection, nil when they are one.
    private static func collectionProblem(_ members: [String: JSONValue]) -> String? {
        let json = JSONValue.object(members)
        guard json["type"]?.stringValue == "FeatureCollection" else {
            return
                "expected a GeoJSON FeatureCollection, found "
                + "\(json["type"]?.stringValue.map { "type \"\($0)\"" } ?? "no \"type\"")"
        }
        guard case .array? = json["features"] else { return "the FeatureCollection has no \"features\" array" }
        return nil
    }

    /// The layer's bytes: the file mapped into memory (read into it when it cannot be mapped),
    /// after checking it is a non-empty regular file; or the data the source was made with.
    /// A UTF-8 byte-order mark, as Windows tools write one, is skipped (RFC 8259 §8.1 lets a
    /// parser ignore it; GDAL and QGIS do).
    private func layerBytes() throws(SourceError) -> MappedFile {
        let file = try fileBytes()
        guard file.bytes.starts(with: Self.byteOrderMark) else { return file }
        return MappedFile(copying: Data(file.bytes.dropFirst(Self.byteOrderMark.count)))
    }

    private func fileBytes() throws(SourceError) -> MappedFile {
        if let data { return MappedFile(copying: data) }
        if case .directory = try InputFile.check(path, expected: "a GeoJSON FeatureCollection") {
            throw SourceError(.noInput, source: name, message: "is a directory, expected a GeoJSON file")
        }
        if let mapped = MappedFile(path: path) { return mapped }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SourceError(.noInput, source: name, message: "cannot be read; check its permissions")
        }
        return MappedFile(copying: data)
    }

    /// One element of `features` as a source feature.
    static func feature(_ item: JSONValue, index: Int) -> SourceFeature {
        feature(type: item["type"], id: item["id"], properties: item["properties"], index: index) {
            guard let json = item["geometry"], json != .null else { return .missing }
            do {
                return .read(try GeoJSONGeometry.read(json, as: Stored.self))
            } catch {
                return .unreadable(
                    type: json["type"]?.stringValue ?? "missing",
                    message: (error as? GeometryError)?.message ?? "\(error)")
            }
        }
    }

    /// A source feature from the members of a Feature object; `geometry` is asked for only
    /// when the rest is well-formed.
    static func feature(
        type: JSONValue?, id: JSONValue?, properties: JSONValue?, index: Int,
        geometry: () -> SourceGeometry
    ) -> SourceFeature {
        guard type?.stringValue == "Feature" else {
            return SourceFeature(
                index: index, featureID: nil, properties: [:], geometry: .missing,
                problem: "is not a GeoJSON Feature (type \(type?.stringValue ?? "missing"))")
        }
        var members: [String: JSONValue] = [:]
        switch properties {
        case .object(let p)?: members = p
        case nil, .null?: break
        case let other?:
            return SourceFeature(
                index: index, featureID: id, properties: [:], geometry: .missing,
                problem: "\"properties\" is \(other.typeDescription); GeoJSON requires an object or null")
        }
        return SourceFeature(index: index, featureID: id, properties: members, geometry: geometry())
    }

    /// The CRS a legacy `crs` member declares: the named form (`{"type": "name",
    /// "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}`) and the old EPSG form
    /// (`{"type": "EPSG", "properties": {"code": 28992}}`).
    static func header(_ crs: JSONValue?) -> LayerHeader {
        guard let crs, crs != .null else { return LayerHeader() }
        if let name = crs["properties"]?["name"]?.stringValue {
            if let declared = CRSName.parse(name) { return LayerHeader(crs: declared) }
            return LayerHeader(unreadableCRS: "crs name \"\(name)\"")
        }
        if crs["type"]?.stringValue?.uppercased() == "EPSG", case .number(let code)? = crs["properties"]?["code"],
            code == code.rounded(), code > 0, code < 1e6
        {
            return LayerHeader(crs: .epsg(Int(code)))
        }
        return LayerHeader(
            unreadableCRS:
                "crs member of type \(crs["type"]?.stringValue.map { "\"\($0)\"" } ?? "missing") (a link or an "
                + "unknown form)"
        )
    }
}

/// Reading CRS names as GeoJSON, GML and OGC services write them.
public enum CRSName {
    /// The CRS a name denotes: `EPSG:28992`, `urn:ogc:def:crs:EPSG::28992`,
    /// `urn:ogc:def:crs:EPSG:6.18:28992`, `http://www.opengis.net/def/crs/EPSG/0/28992`,
    /// `urn:ogc:def:crs:OGC:1.3:CRS84`; nil for anything else. The code must be the whole
    /// last part: `EPSG:289920` is not RD New.
    public static func parse(_ name: String) -> DeclaredCRS? {
        let text = name.trimmingCharacters(in: .whitespaces)
        let upper = text.uppercased()
        if upper.hasSuffix(":CRS84") || upper == "CRS84" || upper.hasSuffix("/OGC/1.3/CRS84") { return .crs84 }
        let separators = CharacterSet(charactersIn: ":/")
        let parts = upper.components(separatedBy: separators).filter { !$0.isEmpty }
        guard parts.contains("EPSG"), let last = parts.last, last.allSatisfy(\.isASCII), let code = Int(last), code > 0,
            code < 1_000_000
        else {
            return nil
        }
        return .epsg(code)
    }
}
