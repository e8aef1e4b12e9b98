import Foundation
import RuimteFormats
import RuimteGeometry

/// Loads site layers from GeoJSON files into typed sites, in RD New.
///
/// Accepts Ruimte's own layer format (the bundled `geodata/` files: `id`, `name`,
/// figures, `source`, `accuracy_m`) and, for business parks, an IBIS-style terrain export
/// (`rin_nummer`, `plannaam`, `opp_bruto`, `opp_netto`, `opp_terstond_uitgeefbaar`,
/// `max_hindercat_terrein`; see ``IBISFields``). Files may be WGS84 (RFC 7946) or RD New.
/// Every problem is collected and thrown together as a ``LayerError`` naming the file and
/// the feature.
public struct LayerLoader {
    /// How to read coordinates.
    public var crs: InputCRS
    /// Non-fatal remarks (e.g. a missing accuracy, an IBIS main class mapped to a sub-category),
    /// then the notes on every repaired geometry, in file order.
    public var warnings: [LoadProblem] { remarks + repairs.notes }
    var remarks: [LoadProblem] = []
    /// Repair invalid polygons with GEOS MakeValid (``GeometryRepair``) instead of refusing them.
    public var makeValid = false
    /// The repairs made.
    let repairs = GeometryRepair.Log()
    /// `--field TARGET=SOURCE`: read attribute TARGET (id, name, accuracy_m, milieucategorie, …)
    /// from the layer's field SOURCE, in every layer that has it (target → source).
    public var fieldMap: [String: String] = [:]
    /// The attribute names `--field` may map to: the id and every name the loaders read.
    public static var fieldTargets: Set<String> { Set(PropertyReader.knownNames + ["id"]) }
    private let transformer: CoordinateTransformer<LonLat, XY>

    /// Creates a loader reading coordinates as `crs`.
    public init(crs: InputCRS = .auto) throws {
        self.crs = crs
        self.transformer = try .wgs84ToRDNew()
    }

    /// The attributes read and not read, per input as the user named it.
    public private(set) var attributeUse: [String: AttributeUse] = [:]

    /// The bytes of inputs that are pipes, read once on first use (GeoJSON only).
    private var piped: [String: Data] = [:]

    /// The attribute log of `path`, made on first use; a pipe is read into memory then.
    mutating func use(_ path: String) -> AttributeUse {
        if let use = attributeUse[path] { return use }
        if InputFile.isPipe(path), let handle = FileHandle(forReadingAtPath: path) {
            piped[path] = (try? handle.readToEnd()) ?? Data()
            try? handle.close()
        }
        let use = AttributeUse()
        use.renamed = Dictionary(fieldMap.map { ($0.value.lowercased(), $0.key) }, uniquingKeysWith: { a, _ in a })
        attributeUse[path] = use
        return use
    }

    /// Text per chunk when a large layer is read on several threads: large enough that a
    /// chunk's bookkeeping is negligible, small enough that the threads finish close together
    /// and that few pages of the file are in memory at once. Tests and the fuzzer make it small,
    /// so that a small input is cut into many chunks.
    public var bytesPerChunk = 4 << 20

    /// Opens the source that reads a path: the input seam, GeoJSON by default.
    public var openSource: @Sendable (String) -> any FeatureSource = { FeatureSources.open($0) }

    /// The source of `path`: its bytes when it is a pipe read on first use (as GeoJSON: a pipe
    /// cannot be read twice or sought in, as GDAL's formats need), else ``openSource``.
    func source(_ path: String) -> any FeatureSource {
        if let data = piped[path] { return GeoJSONFeatureSource(name: path, data: data) }
        return openSource(path)
    }

    /// Streams the features of `path` through the shared checks; each checked feature goes
    /// to `body`, which returns the problems it finds with the feature's properties. Those
    /// are listed after the shared checks' problems, each under its feature's label.
    ///
    /// A layer without features is read as none, with a remark saying so unless not `notingEmpty`
    /// (a plan's optional layers): a municipality without shopping centres is an answer, not an error.
    mutating func stream(
        _ path: String, shape: FeatureChecker.Shape, source: (any FeatureSource)? = nil, notingEmpty: Bool = true,
        _ body: (CheckedFeature) -> [String]
    ) throws(LayerError) -> [LoadProblem] {
        var checker = FeatureChecker(file: path, crs: crs, shape: shape, transformer: transformer)
        checker.repairs = makeValid ? repairs : nil
        checker.fieldMap = fieldMap
        var found: [LoadProblem] = []
        var count = 0
        do {
            let attributes = attributeUse[path]
            try (source ?? self.source(path)).read(
                header: { header in
                    checker.header(header)
                    if let fields = header.fields { attributes?.fix(fields) }
                },
                feature: { feature in
                    count += 1
                    guard let checked = checker.check(feature) else { return }
                    for message in body(checked) {
                        found.append(LoadProblem(file: path, feature: checked.label, message: message))
                    }
                })
        } catch {
            throw LayerError(
                error.exitStatus,
                [LoadProblem(file: path, feature: nil, message: error.message)])
        }
        if count == 0, notingEmpty {
            remarks.append(
                LoadProblem(file: path, feature: nil, message: "the layer has no features: read as none"))
        }
        return checker.problems + found
    }

    /// Every feature of `path` that passes the shared checks, for layers small enough to
    /// hold (sites), with the problems found so far.
    mutating func checked(_ path: String) throws(LayerError) -> (
        features: [CheckedFeature], problems: [LoadProblem]
    ) {
        _ = use(path)  // before reading, so that a source that lists its fields can say so once
        var features: [CheckedFeature] = []
        let problems = try stream(path, shape: .polygons) {
            features.append($0)
            return []
        }
        return (features, problems)
    }

    /// The one loop of every typed layer: `make` reads each checked feature's properties
    /// into a typed value (nil to skip it); any problem fails the layer with all of them.
    static func typed<T>(
        _ layer: (features: [CheckedFeature], problems: [LoadProblem]), file: String, use: AttributeUse,
        _ make: (CheckedFeature, inout PropertyReader) -> T?
    ) throws(LayerError) -> [T] {
        var problems = layer.problems
        var result: [T] = []
        for feature in layer.features {
            var p = PropertyReader(feature, use: use)
            if let value = make(feature, &p) { result.append(value) }
            problems += p.problems.map { LoadProblem(file: file, feature: feature.label, message: $0) }
        }
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        return result
    }

    mutating func record(
        _ feature: CheckedFeature, _ properties: inout PropertyReader, layer: SiteLayer,
        file: String
    ) -> SiteRecord {
        let name = properties.string("name", "naam") ?? feature.id
        var accuracy = properties.accuracy()
        if accuracy == nil, !properties.refused("accuracy_m") {
            accuracy = 0
            remarks.append(
                LoadProblem(
                    file: file, feature: feature.label,
                    message: "no accuracy_m stated; the outline is treated as exact (0 m)"))
        }
        return SiteRecord(
            id: feature.id, name: name, layer: layer, geometry: feature.geometry,
            accuracy: max(0, accuracy ?? 0), sources: properties.sources(), notes: properties.notes(), file: file)
    }

    /// Loads business parks; `zonesFile` optionally adds milieuzones by park id.
    public mutating func parks(_ path: String, zonesFile: String? = nil) throws(LayerError) -> [BusinessPark] {
        let layer = try checked(path)
        let isIBIS = !layer.features.isEmpty && layer.features.allSatisfy(IBISFields.looksLikeIBIS)
        let units = isIBIS ? IBISUnits(layer.features) : IBISUnits()
        if let note = units.note { remarks.append(LoadProblem(file: path, feature: nil, message: note)) }
        var parks = try Self.typed(layer, file: path, use: use(path)) { feature, p in
            isIBIS
                ? IBISFields.park(feature, &p, file: path, units: units, warnings: &remarks)
                : ownPark(feature, &p, file: path)
        }
        if isIBIS {
            do {
                let (dissolved, notes) = try IBISDissolve.dissolve(parks, file: path)
                parks = dissolved
                remarks += notes
            } catch {
                throw LayerError(.badData, [LoadProblem(file: path, feature: nil, message: "IBIS dissolve: \(error)")])
            }
        }
        let duplicates = Dictionary(grouping: parks, by: \.id).filter { $0.value.count > 1 }.keys.sorted()
        if !duplicates.isEmpty {
            throw LayerError(
                .badData,
                duplicates.map {
                    LoadProblem(
                        file: path, feature: "park \"\($0)\"",
                        message: "duplicate park id: several features use it; ids must be unique")
                })
        }
        if let zonesFile { parks = try attachZones(zonesFile, to: parks) }
        return parks.sorted { NaturalOrder.precedes($0.id, $1.id) }
    }

    /// A park in Ruimte's own format, zoned as a whole when it states a milieucategorie.
    private mutating func ownPark(_ feature: CheckedFeature, _ p: inout PropertyReader, file: String) -> BusinessPark {
        let r = record(feature, &p, layer: .parks, file: file)
        let category = p.category("milieucategorie")
        let zones = category.map { [MilieuZone(covering: r, park: r.id, categories: $0, sources: r.sources)] } ?? []
        var status: LocationStatus?
        if let text = p.string("location_status") {
            status = LocationStatus(rawValue: text)
            if status == nil {
                p.problems.append("unknown location_status \"\(text)\"; expected \(LocationStatus.validList)")
            }
        }
        return BusinessPark(
            record: r, zones: zones, statedHectares: p.nonNegative("hectares_stated", unit: "hectares"),
            firms: p.count("firms"),
            jobs: p.count("jobs"), figuresYear: p.count("figures_year"), waterBound: p.bool("watergebonden"),
            locationStatus: status)
    }

    /// Loads shopping centres.
    public mutating func centres(_ path: String) throws(LayerError) -> [ShoppingCentre] {
        try Self.typed(try checked(path), file: path, use: use(path)) { feature, p in
            let r = record(feature, &p, layer: .centres, file: path)
            return ShoppingCentre(
                record: r, floorArea: p.nonNegative("floor_area_m2", unit: "m2"),
                floorAreaBasis: p.string("floor_area_basis"),
                shops: p.count("shops"), plannedDwellings: p.count("planned_dwellings"))
        }.sorted { NaturalOrder.precedes($0.id, $1.id) }
    }

    /// Loads housing sites.
    public mutating func housing(_ path: String) throws(LayerError) -> [HousingSite] {
        try Self.typed(try checked(path), file: path, use: use(path)) { feature, p in
            let r = record(feature, &p, layer: .housing, file: path)
            let low = p.count("planned_dwellings_min"), high = p.count("planned_dwellings_max")
            var range: ClosedRange<Int>?
            switch (low, high) {
            case let (l?, h?) where l <= h: range = l...h
            case let (l?, h?): p.problems.append("planned_dwellings_min (\(l)) exceeds planned_dwellings_max (\(h))")
            case let (l?, nil): range = l...l
            case let (nil, h?): range = h...h
            case (nil, nil): range = nil
            }
            var areaType: AreaType?
            if let text = p.string("area_type") {
                areaType = AreaType(rawValue: text)
                if areaType == nil { p.problems.append("unknown area_type \"\(text)\"; expected rustig or gemengd") }
            }
            return HousingSite(
                record: r, plannedDwellings: range, statedHectares: p.nonNegative("hectares_stated", unit: "hectares"),
                areaType: areaType, figuresYear: p.count("figures_year"))
        }.sorted { NaturalOrder.precedes($0.id, $1.id) }
    }
}
