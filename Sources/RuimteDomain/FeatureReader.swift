import Foundation
import RuimteFormats
import RuimteGeometry

/// The coordinate reference system of an input layer.
public enum InputCRS: String, Sendable, CaseIterable {
    /// Decide from the file: a legacy `crs` member naming EPSG:28992 means RD New,
    /// otherwise WGS84 as RFC 7946 prescribes.
    case auto
    /// WGS84 longitude/latitude (EPSG:4326, RFC 7946).
    case wgs84 = "EPSG:4326"
    /// RD New metres (EPSG:28992).
    case rdNew = "EPSG:28992"
}

/// One GeoJSON feature after the checks every layer shares: it has an id, a valid
/// polygonal geometry inside the Netherlands, converted to RD New.
struct CheckedFeature {
    var id: String
    var label: String
    var properties: [String: JSONValue]
    var geometry: Geometry<XY>
}

/// Reads a GeoJSON FeatureCollection of polygons and checks everything a layer needs,
/// collecting every problem with its file and feature instead of stopping at the first.
struct FeatureReader {
    /// The geometry types a layer accepts.
    enum Shape {
        case polygons, points
        var types: Set<String> { self == .polygons ? ["Polygon", "MultiPolygon"] : ["Point"] }
        var words: String { self == .polygons ? "sites must be a Polygon or MultiPolygon" : "dwellings must be a Point" }
    }

    let file: String
    let crs: InputCRS
    let shape: Shape
    private let geos: GEOSSession?
    var problems: [LoadProblem] = []
    var warnings: [LoadProblem] = []

    init(file: String, crs: InputCRS, shape: Shape = .polygons) {
        self.file = file
        self.crs = crs
        self.shape = shape
        self.geos = try? GEOSSession()
    }

    /// The bounds of the Netherlands, generous by a few kilometres, in each system.
    static let wgs84Bounds = Envelope(minX: 3.0, minY: 50.6, maxX: 7.4, maxY: 53.7)
    static let rdBounds = Envelope(minX: -7_000, minY: 289_000, maxX: 300_000, maxY: 629_000)

    mutating func problem(_ feature: String?, _ message: String) {
        problems.append(LoadProblem(file: file, feature: feature, message: message))
    }

    /// Reads the file's bytes, after checking it is a non-empty regular file.
    static func readData(_ path: String) throws(LayerError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LayerError(.unreadable, [LoadProblem(file: path, feature: nil, message: "no such file; check the path")])
        }
        guard !isDirectory.boolValue else {
            throw LayerError(.unreadable, [LoadProblem(file: path, feature: nil, message: "is a directory, expected a GeoJSON file")])
        }
        // Asked before reading: Foundation's reader leaks its buffer on a 0-byte file.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber, size.intValue == 0 {
            throw LayerError(.badData, [LoadProblem(file: path, feature: nil, message: "is empty (0 bytes), expected a GeoJSON FeatureCollection")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LayerError(.unreadable, [LoadProblem(file: path, feature: nil, message: "cannot be read; check its permissions")])
        }
        return data
    }

    /// Whether the file declares RD New through the legacy GeoJSON 2008 `crs` member.
    static func declaresRDNew(_ members: [String: JSONValue]) -> Bool {
        guard let name = members["crs"]?["properties"]?["name"]?.stringValue else { return false }
        return name.contains("28992")
    }

    /// A 64-bit FNV-1a hash of an id: duplicate ids are found by hash, so that a layer of a
    /// million BAG ids does not keep a million strings. Two different ids share a hash with
    /// probability 2⁻⁶⁴ (about 3 × 10⁻⁸ somewhere in a million ids).
    private static func idHash(_ id: String) -> UInt64 {
        id.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// Parses `data` as a FeatureCollection and hands each feature that passes the checks
    /// to `body`, one at a time, in file order; problems are collected. Features are parsed
    /// one at a time, so memory holds the file and what `body` keeps, not a parsed tree.
    mutating func forEachFeature(_ data: Data, transformer: CoordinateTransformer<LonLat, XY>,
                                 _ body: (CheckedFeature) -> Void) throws(LayerError) {
        var isRD = crs == .rdNew
        var isCollection = false
        var seen: [UInt64: Int] = [:]
        var count = 0
        do {
            try JSONParser.streamArray("features", of: data, members: { members in
                let json = JSONValue.object(members)
                guard json["type"]?.stringValue == "FeatureCollection" else {
                    problem(nil, "expected a GeoJSON FeatureCollection, found \(json["type"]?.stringValue.map { "type \"\($0)\"" } ?? "no \"type\"")")
                    return
                }
                guard case .array? = json["features"] else {
                    problem(nil, "the FeatureCollection has no \"features\" array")
                    return
                }
                isCollection = true
                isRD = isRD || (crs == .auto && Self.declaresRDNew(members))
            }, element: { index, item in
                guard isCollection else { return }
                count += 1
                guard let feature = checkedFeature(item, index: index, isRD: isRD, seen: &seen, transformer: transformer) else { return }
                body(feature)
            })
        } catch {
            let detail = (error as? GeometryError)?.message ?? "\(error)"
            let message = detail.hasPrefix("expected an object")
                ? "expected a GeoJSON FeatureCollection (a JSON object), found other JSON"
                : "is not valid JSON (\(detail)); is the file truncated?"
            throw LayerError(.badData, [LoadProblem(file: file, feature: nil, message: message)])
        }
        if isCollection && count == 0 {
            problem(nil, "the FeatureCollection is empty: a layer needs at least one feature")
        }
    }

    /// Every feature that passes the checks, for layers small enough to hold (sites).
    mutating func features(_ data: Data, transformer: CoordinateTransformer<LonLat, XY>) throws(LayerError) -> [CheckedFeature] {
        var result: [CheckedFeature] = []
        try forEachFeature(data, transformer: transformer) { result.append($0) }
        return result
    }

    /// One feature after the shared checks, or nil with its problem recorded.
    private mutating func checkedFeature(_ item: JSONValue, index: Int, isRD: Bool, seen: inout [UInt64: Int],
                                         transformer: CoordinateTransformer<LonLat, XY>) -> CheckedFeature? {
        var label = "feature #\(index + 1)"
        guard item["type"]?.stringValue == "Feature" else {
            problem(label, "is not a GeoJSON Feature (type \(item["type"]?.stringValue ?? "missing"))")
            return nil
        }
        var properties: [String: JSONValue] = [:]
        if case .object(let p)? = item["properties"] { properties = p }
        // Ruimte's own "id", the GeoJSON feature id, an IBIS terrain number or a BAG identificatie.
        let rawID = properties["id"] ?? item["id"]
            ?? properties.first { ["rin_nummer", "terrein_id", "identificatie"].contains($0.key.lowercased()) }?.value
        var id: String?
        switch rawID {
        case .string(let s)? where s.contains(where: { !$0.isWhitespace }): id = s
        case .number(let n)?: id = FixedDecimal.format(n, 0)
        default: id = nil
        }
        if let name = properties["name"]?.stringValue { label += " (\(name))" }
        guard let id else {
            problem(label, "has no id: give every feature a unique \"id\" property (a short slug such as \"amphoraweg\")")
            return nil
        }
        label = "id \"\(id)\""
        let hash = Self.idHash(id)
        if let first = seen[hash] {
            problem(label, "duplicate id: features #\(first + 1) and #\(index + 1) both use it; ids must be unique")
            return nil
        }
        seen[hash] = index
        guard let geometryJSON = item["geometry"], geometryJSON != .null else {
            problem(label, "has no geometry")
            return nil
        }
        guard let geometry = checkedGeometry(geometryJSON, label: label, isRD: isRD, transformer: transformer) else { return nil }
        return CheckedFeature(id: id, label: label, properties: properties, geometry: geometry)
    }

    private mutating func checkedGeometry(_ json: JSONValue, label: String, isRD: Bool,
                                          transformer: CoordinateTransformer<LonLat, XY>) -> Geometry<XY>? {
        let type = json["type"]?.stringValue ?? "missing"
        guard shape.types.contains(type) else {
            problem(label, "geometry type is \(type); \(shape.words)")
            return nil
        }
        do {
            let rd: Geometry<XY>
            if isRD {
                rd = try GeoJSONGeometry.read(json, as: XY.self)
                guard let env = rd.envelope else { problem(label, "geometry is empty"); return nil }
                if Self.wgs84Bounds.contains(env) {
                    problem(label, "coordinates look like WGS84 degrees (\(corner(env))) but the file is read as RD New (EPSG:28992); remove the crs member or pass --crs EPSG:4326")
                    return nil
                }
                guard Self.rdBounds.contains(env) else {
                    problem(label, "RD New coordinates (\(corner(env))) lie outside the Netherlands")
                    return nil
                }
            } else {
                let lonLat = try GeoJSONGeometry.read(json, as: LonLat.self)
                guard let env = lonLat.envelope else { problem(label, "geometry is empty"); return nil }
                if !Self.wgs84Bounds.contains(env) {
                    let swapped = Envelope(minX: env.minY, minY: env.minX, maxX: env.maxY, maxY: env.maxX)
                    if Self.wgs84Bounds.contains(swapped) {
                        problem(label, "latitude and longitude appear swapped (\(corner(env))): GeoJSON positions are [longitude, latitude]")
                    } else if Self.rdBounds.contains(env) {
                        problem(label, "coordinates look like RD New metres (\(corner(env))) in a file read as WGS84; add a crs member naming EPSG:28992 or pass --crs EPSG:28992")
                    } else {
                        problem(label, "coordinates (\(corner(env))) lie outside the Netherlands")
                    }
                    return nil
                }
                rd = try transformer.forward(lonLat)
            }
            guard shape == .polygons else { return rd }
            guard let geos else { throw GeometryError(.geos, operation: "check geometry", message: "no GEOS session") }
            let native = try geos.native(rd)
            guard try native.isValid() else {
                problem(label, "invalid geometry: \(try native.validityReason()); repair it (e.g. ST_MakeValid, QGIS 'Fix geometries') or run 'ruimte validate'")
                return nil
            }
            guard try native.area() > 0 else {
                problem(label, "geometry has zero area")
                return nil
            }
            return rd
        } catch let error as GeometryError {
            problem(label, "bad geometry: \(error.message)")
            return nil
        } catch {
            problem(label, "bad geometry: \(error)")
            return nil
        }
    }

    private func corner(_ env: Envelope) -> String {
        "first corner \(FixedDecimal.format(env.minX, 4, trimZeros: true)), \(FixedDecimal.format(env.minY, 4, trimZeros: true))"
    }
}

extension Envelope {
    /// True when `other` lies entirely inside this envelope.
    func contains(_ other: Envelope) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}

/// Typed access to a feature's properties, recording a problem for each wrong type.
struct PropertyReader {
    let feature: CheckedFeature
    var problems: [String] = []

    init(_ feature: CheckedFeature) { self.feature = feature }

    private func value(_ keys: [String]) -> (String, JSONValue)? {
        for key in keys {
            if let v = feature.properties[key], v != .null { return (key, v) }
            if let match = feature.properties.first(where: { $0.key.lowercased() == key.lowercased() }), match.value != .null {
                return (match.key, match.value)
            }
        }
        return nil
    }

    mutating func string(_ keys: String...) -> String? {
        guard let (key, v) = value(keys) else { return nil }
        if case .string(let s) = v { return s }
        if case .number(let n) = v { return FixedDecimal.format(n, 6, trimZeros: true) }
        problems.append("\"\(key)\" is \(v.typeDescription), expected text")
        return nil
    }

    mutating func number(_ keys: String...) -> Double? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n.isFinite { return n }
        problems.append("\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a number")
        return nil
    }

    mutating func count(_ keys: String...) -> Int? {
        guard let (key, v) = value(keys) else { return nil }
        if case .number(let n) = v, n >= 0, n == n.rounded(), n < 1e12 { return Int(n) }
        problems.append("\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected a whole number")
        return nil
    }

    mutating func bool(_ keys: String...) -> Bool? {
        guard let (key, v) = value(keys) else { return nil }
        if case .bool(let b) = v { return b }
        problems.append("\"\(key)\" is \(v.typeDescription), expected true or false")
        return nil
    }

    mutating func category(_ keys: String...) -> Milieucategorie? {
        guard let (key, v) = value(keys) else { return nil }
        let text: String
        switch v {
        case .string(let s): text = s
        case .number(let n): text = FixedDecimal.format(n, 1, trimZeros: true)
        default:
            problems.append("\"\(key)\" is \(v.typeDescription), expected a milieucategorie")
            return nil
        }
        guard let c = Milieucategorie(parsing: text) else {
            problems.append("unknown milieucategorie \"\(text)\" in \"\(key)\"; expected one of \(Milieucategorie.validList)")
            return nil
        }
        return c
    }

    /// The `source` object (or string, taken as the geometry's source), sorted by key.
    mutating func sources() -> [String: String] {
        guard let (key, v) = value(["source"]) else { return [:] }
        switch v {
        case .string(let s): return ["geometry": s]
        case .object(let members):
            return members.compactMapValues { $0.stringValue }
        default:
            problems.append("\"\(key)\" is \(v.typeDescription), expected text or an object of texts")
            return [:]
        }
    }

    /// Every `*_note` property, keyed by the figure name.
    func notes() -> [String: String] {
        var notes: [String: String] = [:]
        for (key, v) in feature.properties where key.hasSuffix("_note") {
            if let s = v.stringValue { notes[String(key.dropLast(5))] = s }
        }
        return notes
    }
}

extension JSONValue {
    /// A short rendering of a scalar for error messages.
    var shortText: String {
        switch self {
        case .string(let s): "\"\(s.prefix(40))\""
        case .number(let n): FixedDecimal.format(n, 6, trimZeros: true)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array: "[...]"
        case .object: "{...}"
        }
    }
}
