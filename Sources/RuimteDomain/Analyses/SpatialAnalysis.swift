import RuimteGeometry

/// Runs Ruimte's analyses on a catalogue, in RD New (metres, m², ha).
///
/// Holds one ``GEOSSession`` with a native copy (and an STRtree per layer) of every site,
/// made once and reused by every analysis. Like the session it is not `Sendable`: create
/// one per task. Every result is sorted by site ids, so the same input always gives the
/// same output.
public final class SpatialAnalysis {
    /// The sites analysed.
    public let catalogue: SiteCatalogue
    /// The richtafstanden table for milieuzonering.
    public let richtafstanden: Richtafstanden
    /// Segments per quarter circle for buffers (catchments, contours). 16 keeps the chord
    /// error under 0.02 % of the radius (0.12 m at 100 m, 1.8 m at 1500 m).
    public let quadrantSegments = 16

    let geos: GEOSSession
    private var natives: [SiteLayer: [NativeGeometry]] = [:]
    private var indexes: [SiteLayer: SpatialIndex] = [:]
    private var zoneNatives: [String: NativeGeometry] = [:]
    /// Every result computed so far, by function and arguments: a report, map or export asks
    /// for the same pressure and zoning several times and gets it computed once.
    private var results: [[AnyHashable]: Any] = [:]

    /// Prepares the analysis of `catalogue` with `richtafstanden`.
    public init(catalogue: SiteCatalogue, richtafstanden: Richtafstanden) throws {
        self.catalogue = catalogue
        self.richtafstanden = richtafstanden
        self.geos = try GEOSSession()
        for layer in SiteLayer.allCases {
            let layerNatives = try catalogue.records(layer).map { try geos.native($0.geometry) }
            natives[layer] = layerNatives
            indexes[layer] = try SpatialIndex(layerNatives, in: geos)
        }
        for park in catalogue.parks {
            for zone in park.zones { zoneNatives[zone.id] = try geos.native(zone.geometry) }
        }
    }

    /// The result stored under `key`, computed by `compute` the first time it is asked for.
    func remembered<T>(_ key: [AnyHashable], _ compute: () throws -> T) rethrows -> T {
        if let result = results[key] as? T { return result }
        let result = try compute()
        results[key] = result
        return result
    }

    /// Area and label point of every site, by layer and id, from the analysis's own GEOS copies.
    public func measures() throws -> [SiteRef: SiteMeasure] {
        try remembered(["measures"]) {
            var result: [SiteRef: SiteMeasure] = [:]
            for layer in SiteLayer.allCases {
                for (record, native) in zip(catalogue.records(layer), natives(layer)) {
                    guard case .point(let p) = try native.pointOnSurface().value() else {
                        throw GeometryError(
                            .invalidStructure, operation: "label point",
                            message: "site \(record.id) has an empty outline")
                    }
                    result[SiteRef(record)] = SiteMeasure(area: try native.area(), labelPoint: p.coordinate)
                }
            }
            return result
        }
    }

    /// The native outlines of a layer, in catalogue order.
    func natives(_ layer: SiteLayer) -> [NativeGeometry] { natives[layer] ?? [] }

    /// The STRtree over a layer.
    func index(_ layer: SiteLayer) throws -> SpatialIndex {
        if let index = indexes[layer] { return index }
        throw GeometryError(.invalidStructure, operation: "index", message: "no index for layer \(layer.rawValue)")
    }

    /// The native outline of a milieuzone.
    func native(zone: MilieuZone) throws -> NativeGeometry {
        if let native = zoneNatives[zone.id] { return native }
        let native = try geos.native(zone.geometry)
        zoneNatives[zone.id] = native
        return native
    }

    /// The union of a layer's outlines, or nil for an empty layer.
    func union(_ layer: SiteLayer) throws -> NativeGeometry? {
        let all = natives(layer)
        guard !all.isEmpty else { return nil }
        return try geos.native(.multiPolygon(MultiPolygon(catalogue.records(layer).flatMap(\.geometry.polygons))))
            .unaryUnion()
    }
}

/// A site named in a result: layer, id and name.
public struct SiteRef: Sendable, Hashable, Codable, Comparable {
    /// The layer of the site.
    public var layer: SiteLayer
    /// Stable slug.
    public var id: String
    /// Name for people.
    public var name: String

    public init(_ record: SiteRecord) {
        layer = record.layer
        id = record.id
        name = record.name
    }

    public static func < (a: SiteRef, b: SiteRef) -> Bool {
        (SiteLayer.allCases.firstIndex(of: a.layer) ?? 0, a.id) < (
            SiteLayer.allCases.firstIndex(of: b.layer) ?? 0, b.id
        )
    }
}
