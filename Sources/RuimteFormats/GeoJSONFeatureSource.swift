import Foundation
import RuimteGeometry

/// A GeoJSON FeatureCollection file as a ``FeatureSource``, streamed by ``JSONParser`` one
/// feature at a time: memory holds the file and one feature, never the parsed tree. The
/// legacy GeoJSON 2008 `crs` member, when present, becomes the declared CRS.
public struct GeoJSONFeatureSource: FeatureSource {
    /// The file path as the user gave it.
    public let name: String
    /// The bytes, when the source was made from memory rather than a file.
    private let bytes: Data?

    /// A source reading `path`.
    public init(path: String) {
        name = path
        bytes = nil
    }

    /// A source reading `data` held in memory (tests, fuzzing); `name` is for messages.
    public init(name: String, data: Data) {
        self.name = name
        bytes = data
    }

    public func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError) {
        let data: Data
        if let bytes { data = bytes } else { data = try readData() }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw SourceError(.badData, source: name, message: "starts with a UTF-8 byte-order mark, which JSON (RFC 8259) does not allow; save the file as UTF-8 without BOM")
        }
        var fileProblem: String?
        var count = 0
        do {
            try JSONParser.streamArray("features", of: data, members: { members in
                let json = JSONValue.object(members)
                guard json["type"]?.stringValue == "FeatureCollection" else {
                    fileProblem = "expected a GeoJSON FeatureCollection, found \(json["type"]?.stringValue.map { "type \"\($0)\"" } ?? "no \"type\"")"
                    return
                }
                guard case .array? = json["features"] else {
                    fileProblem = "the FeatureCollection has no \"features\" array"
                    return
                }
                header(Self.header(members["crs"]))
            }, element: { index, item in
                guard fileProblem == nil else { return }
                count += 1
                feature(Self.feature(item, index: index))
            })
        } catch {
            let detail = (error as? GeometryError)?.message ?? "\(error)"
            let message = detail.hasPrefix("expected an object")
                ? "expected a GeoJSON FeatureCollection (a JSON object), found other JSON"
                : detail.contains("appears twice") ? "is not valid GeoJSON (\(detail))"
                : "is not valid JSON (\(detail)); is the file truncated?"
            throw SourceError(.badData, source: name, message: message)
        }
        if let fileProblem { throw SourceError(.badData, source: name, message: fileProblem) }
        if count == 0 {
            throw SourceError(.badData, source: name, message: "the FeatureCollection is empty: a layer needs at least one feature")
        }
    }

    /// Reads the file's bytes, after checking it is a non-empty regular file.
    private func readData() throws(SourceError) -> Data {
        if case .directory = try InputFile.check(name, expected: "a GeoJSON FeatureCollection") {
            throw SourceError(.unreadable, source: name, message: "is a directory, expected a GeoJSON file")
        }
        guard let data = FileManager.default.contents(atPath: name) else {
            throw SourceError(.unreadable, source: name, message: "cannot be read; check its permissions")
        }
        return data
    }

    /// One element of `features` as a source feature.
    static func feature(_ item: JSONValue, index: Int) -> SourceFeature {
        guard item["type"]?.stringValue == "Feature" else {
            return SourceFeature(index: index, featureID: nil, properties: [:], geometry: .missing,
                                 problem: "is not a GeoJSON Feature (type \(item["type"]?.stringValue ?? "missing"))")
        }
        var properties: [String: JSONValue] = [:]
        switch item["properties"] {
        case .object(let p)?: properties = p
        case nil, .null?: break
        case let other?:
            return SourceFeature(index: index, featureID: item["id"], properties: [:], geometry: .missing,
                                 problem: "\"properties\" is \(other.typeDescription); GeoJSON requires an object or null")
        }
        let geometry: SourceGeometry
        if let json = item["geometry"], json != .null {
            do {
                geometry = .read(try GeoJSONGeometry.read(json, as: XY.self))
            } catch {
                geometry = .unreadable(type: json["type"]?.stringValue ?? "missing", message: (error as? GeometryError)?.message ?? "\(error)")
            }
        } else {
            geometry = .missing
        }
        return SourceFeature(index: index, featureID: item["id"], properties: properties, geometry: geometry)
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
           code == code.rounded(), code > 0, code < 1e6 {
            return LayerHeader(crs: .epsg(Int(code)))
        }
        return LayerHeader(unreadableCRS: "crs member of type \(crs["type"]?.stringValue.map { "\"\($0)\"" } ?? "missing") (a link or an unknown form)")
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
        guard parts.contains("EPSG"), let last = parts.last, last.allSatisfy(\.isASCII), let code = Int(last), code > 0, code < 1_000_000 else {
            return nil
        }
        return .epsg(code)
    }
}
