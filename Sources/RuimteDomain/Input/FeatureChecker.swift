import RuimteFormats
import RuimteGeometry

/// One feature after the checks every layer shares: it has an id, a valid geometry of
/// the layer's shape inside the Netherlands, converted to RD New.
struct CheckedFeature {
    var id: String
    /// The property the id was read from, nil when it is the format's own feature id.
    var idKey: String?
    /// How messages name the feature, made only when one is written.
    var label: String { IDLabel(id: id).text }
    var properties: [String: JSONValue]
    var geometry: Geometry<XY>
}

/// The checks every input layer needs, whatever its format: ids present and unique, the
/// CRS known, coordinates inside the Netherlands, geometry of the right type, valid and not
/// empty. Every problem is collected with its feature instead of stopping at the first.
struct FeatureChecker {
    /// The geometry types a layer accepts.
    enum Shape {
        /// Sites and buildings: polygons, valid, with ids.
        case polygons
        /// Dwellings: points with ids.
        case points
        /// A map's context layer (water, rail, a boundary): any geometry, ids optional, no
        /// validity check (it is drawn, never measured).
        case context
        /// Whether a geometry of GeoJSON type `name` fits the layer.
        func accepts(_ name: String) -> Bool {
            switch self {
            case .polygons: name == "Polygon" || name == "MultiPolygon"
            case .points: name == "Point"
            case .context: true
            }
        }
        var words: String {
            self == .polygons ? "sites must be a Polygon or MultiPolygon" : "dwellings must be a Point"
        }
    }

    let file: String
    let crs: InputCRS
    let shape: Shape
    private let geos: GEOSSession?
    let transformer: CoordinateTransformer<LonLat, XY>
    var frame = Frame.wgs84
    private var seen = IDTable()
    /// When set, ids are not checked for duplicates here but their hashes collected in order,
    /// for a thread reading one chunk of a layer (the chunks' ids are checked together, in order).
    var deferredIDs: [UInt64]?
    /// Where repairs go when invalid polygons are repaired (`--make-valid`), nil to refuse them.
    var repairs: GeometryRepair.Log?
    /// `--field TARGET=SOURCE` renamings, target → source (the source matched ignoring case).
    var fieldMap: [String: String] = [:]
    private(set) var problems: [LoadProblem] = []

    init(file: String, crs: InputCRS, shape: Shape, transformer: CoordinateTransformer<LonLat, XY>) {
        self.file = file
        self.crs = crs
        self.shape = shape
        self.transformer = transformer
        self.geos = try? GEOSSession()
        header(LayerHeader())
    }

    /// How the layer's coordinates become RD New.
    enum Frame {
        /// RD New already.
        case rdNew
        /// WGS84 longitude/latitude, with the swapped-axis and wrong-CRS hints.
        case wgs84
        /// Any other CRS, transformed by PROJ; `name` for messages.
        case other(CoordinateTransformer<Stored, XY>, name: String)
        /// A CRS that cannot be used; its problem is recorded once.
        case unusable
    }

    /// The bounds of the Netherlands, generous by a few kilometres, in each system.
    static let wgs84Bounds = Envelope(minX: 3.0, minY: 50.6, maxX: 7.4, maxY: 53.7)
    static let rdBounds = Envelope(minX: -7_000, minY: 289_000, maxX: 300_000, maxY: 629_000)

    mutating func problem(_ feature: String?, _ message: String) {
        problems.append(LoadProblem(file: file, feature: feature, message: message))
    }

    mutating func problem(_ feature: IDLabel, _ message: String) { problem(feature.text, message) }

    /// A 64-bit FNV-1a hash of an id: duplicate ids are found by hash, so that a layer of a
    /// million BAG ids does not keep a million strings. Two different ids share a hash with
    /// probability 2⁻⁶⁴ (about 3 × 10⁻⁸ somewhere in a million ids).
    private static func idHash(_ id: String) -> UInt64 {
        id.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// The attributes that hold an id when there is no `id`: IBIS's terrain number and the
    /// BAG's identificatie, in any case.
    /// Also as a Shapefile cuts them (`identifica`) and as older IBIS exports spell them (`rinnummer`).
    private static let idFields = ["identificatie", "rin_nummer", "terrein_id", "identifica", "rinnummer"]

    /// Whether `key` is one of ``idFields`` ignoring ASCII case (as `lowercased()` would
    /// compare them: no other character lowercases to a letter of these names), compared on
    /// the bytes without making a lowercased copy of every key of every feature.
    static func isIDField(_ key: String) -> Bool {
        let count = key.utf8.count
        guard count == 9 || count == 10 || count == 13 else { return false }
        return idFields.contains { field in
            key == field
                || (field.utf8.count == count
                    && key.utf8.elementsEqual(field.utf8) { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 })
        }
    }

    /// Whether `s` holds anything but whitespace (decided on the bytes for ASCII ids, the
    /// common case, without breaking the text into characters).
    private static func hasText(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.utf8.contains { !($0 == 0x20 || (0x09...0x0D).contains($0)) } }
        return s.contains { !$0.isWhitespace }
    }

    /// `feature` after the shared checks, or nil with its problem recorded.
    mutating func check(_ feature: SourceFeature) -> CheckedFeature? {
        // Labels are made only for a message: a million good features need none.
        var label: String {
            let name = feature.properties["name"]?.stringValue.map { " (\($0))" } ?? ""
            return "feature #\(feature.index + 1)\(name)"
        }
        if let problem = feature.problem {
            self.problem("feature #\(feature.index + 1)", problem)
            return nil
        }
        let properties = fieldMap.isEmpty ? feature.properties : Self.renamed(feature.properties, fieldMap)
        // Ruimte's own "id", the feature id, an IBIS terrain number or a BAG identificatie.
        // Null counts as absent (ogr2ogr writes "id": null); the first present candidate is the id.
        let ownID = properties["id"].flatMap { $0 == .null ? nil : $0 }
        let featureID = feature.featureID.flatMap { $0 == .null ? nil : $0 }
        var idProperty = ownID.map { ("id", $0) }
        if ownID == nil {
            for (key, value) in properties
            where value != .null && Self.isIDField(key) && key < (idProperty?.0 ?? "\u{10FFFF}") {
                idProperty = (key, value)
            }
        }
        let idKey = ownID != nil || featureID == nil ? idProperty?.0 : nil
        // Then a GML object's gml:id (an IMRO plan's objects), then the format's FID.
        let gmlID = properties["gml_id"].flatMap { $0 == .null ? nil : $0 }
        let rawID = ownID ?? featureID ?? idProperty?.1 ?? gmlID ?? feature.fallbackID
        var id: String?
        switch rawID {
        case .string(let s)? where Self.hasText(s): id = s
        case .number(let n)? where n == n.rounded() && abs(n) <= 9_007_199_254_740_992: id = FixedDecimal.format(n, 0)
        default: id = nil
        }
        if id == nil, let rawID, rawID != .null, !(rawID.stringValue != nil) {
            problem(label, "its id is \(rawID.typeDescription); an id must be text or a whole number")
            return nil
        }
        if id == nil && shape == .context { id = "#\(feature.index + 1)" }
        guard let id else {
            problem(
                label, "has no id: give every feature a unique \"id\" property (a short slug such as \"amphoraweg\")")
            return nil
        }
        let hash = Self.idHash(id)
        if shape == .context {
            // Context features are drawn, never joined: their ids need not be unique.
        } else if let key = idKey, key.lowercased().hasPrefix("rin") {
            // An IBIS terrain stored in parts shares its RIN number: the parks loader dissolves
            // them (IBISDissolve) and checks the parks' ids after.
        } else if deferredIDs != nil {
            deferredIDs?.append(hash)
        } else if let first = seen.firstIndex(of: hash, orInsert: feature.index) {
            problem(
                IDLabel(id: id),
                "duplicate id: features #\(first + 1) and #\(feature.index + 1) both use it; ids must be unique")
            return nil
        }
        guard let geometry = checkedGeometry(feature.geometry, label: IDLabel(id: id), index: feature.index) else {
            return nil
        }
        return CheckedFeature(id: id, idKey: idKey, properties: properties, geometry: geometry)
    }

    private mutating func checkedGeometry(_ source: SourceGeometry, label: IDLabel, index: Int) -> Geometry<XY>? {
        let raw: Geometry<Stored>
        switch source {
        case .missing:
            problem(label, "has no geometry")
            return nil
        case .unreadable(let type, let message):
            problem(
                label, shape.accepts(type) ? "bad geometry: \(message)" : "geometry type is \(type); \(shape.words)")
            return nil
        case .read(let geometry):
            guard shape.accepts(geometry.typeName) else {
                problem(label, "geometry type is \(geometry.typeName); \(shape.words)")
                return nil
            }
            raw = geometry
        }
        do {
            guard let rd = try inRDNew(raw, label: label) else { return nil }
            guard shape == .polygons else { return rd }
            // Most footprints are one simple ring: certainly valid without a GEOS round trip
            // (decided on the stored coordinates, where a collinear ring is exactly collinear).
            if SimplePolygonCheck.isCertainlyValid(raw) { return rd }
            guard let geos else { throw GeometryError(.geos, operation: "check geometry", message: "no GEOS session") }
            let native = try geos.native(rd)
            guard try native.isValid() else {
                if let repairs { return try repaired(native, label: label, index: index, log: repairs) }
                problem(
                    label,
                    "invalid geometry: \(try native.validityReason()); repair it (e.g. ST_MakeValid, QGIS 'Fix "
                        + "geometries') or give --make-valid"
                )
                return nil
            }
            guard try native.area() > 0 else {
                problem(label, "geometry has zero area")
                return nil
            }
            // On the coordinates as stored: a ring collinear in degrees is not quite collinear after PROJ.
            if let (polygon, ring) = Self.zeroAreaRing(raw) {
                problem(label, "ring \(ring + 1) of polygon \(polygon + 1) has zero area; remove it")
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
}

/// How messages name a feature with an id (`id "amphoraweg"`), written out only when a
/// message is: a million good features need no label string.
struct IDLabel {
    let id: String
    var text: String { "id \"\(id)\"" }
}

extension Envelope {
    /// True when `other` lies entirely inside this envelope.
    func contains(_ other: Envelope) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}
