import RuimteFormats

/// Floors per BAG pand from another layer, joined onto a buildings layer by identificatie:
/// a 3DBAG GeoPackage (layer `pand`, field `b3_bouwlagen`; or its roof height `b3_h_dak_70p`,
/// older `b3_h_70p`, above `b3_h_maaiveld`), or any layer with an id and a floors or height field.
///
/// Ids are compared without the `NL.IMBAG.Pand.` prefix that 3DBAG and GDAL's LVBAG driver
/// write and bag-light does not (`NL.IMBAG.Pand.0546100000012345` is `0546100000012345`).
public struct FloorsTable: Sendable {
    /// Floors by bare pand id.
    public private(set) var floors: [String: Int] = [:]
    /// The file as the user named it.
    public let source: String
    /// The field the floors came from, by count (`b3_bouwlagen`, or a height field).
    public private(set) var fields: [String: Int] = [:]
    /// Features of the file without an id or without a usable floors or height value.
    public private(set) var unusable = 0

    /// The bare id: without the `NL.IMBAG.Pand.` (any object type) prefix.
    public static func bareID(_ id: String) -> Substring {
        guard id.hasPrefix("NL.IMBAG.") || id.hasPrefix("nl.imbag.") else { return Substring(id) }
        return id.split(separator: ".").last ?? Substring(id)
    }

    /// The floors of pand `id`, nil when the table has none.
    public func floors(of id: String) -> Int? { floors[String(Self.bareID(id))] }

    /// Reads `source`'s features (attributes only; geometry is not used) at `storeyHeight`
    /// metres per storey for heights.
    init(reading source: any FeatureSource, storeyHeight: Double) throws(SourceError) {
        self.source = source.name
        var fields: [String: Int] = [:]
        var floors: [String: Int] = [:]
        var unusable = 0
        try source.read(header: { _ in }) { feature in
            let p = feature.properties
            func value(_ names: String...) -> (String, Double)? {
                for name in names {
                    if let (key, v) = p.first(where: { $0.key.lowercased() == name && $0.value != .null }),
                        let n = v.numberValue ?? v.stringValue.flatMap(Double.init), n.isFinite
                    {
                        return (key, n)
                    }
                }
                return nil
            }
            let id = p.first { ["identificatie", "id", "identifica"].contains($0.key.lowercased()) }?.value
            let text = id?.stringValue ?? id?.numberValue.map { FixedDecimal.format($0, 0) }
            var count: (String, Int)?
            if let (key, n) = value("b3_bouwlagen", "bouwlagen", "floors", "aantal_bouwlagen"), let f = Self.floors(n) {
                count = (key, f)
            } else if let (key, h) = value("b3_h_dak_70p", "b3_h_70p", "height", "hoogte"), storeyHeight > 0,
                let f = Self.floors((h - (value("b3_h_maaiveld")?.1 ?? 0)) / storeyHeight)
            {
                count = ("\(key) at \(FixedDecimal.format(storeyHeight, 2, trimZeros: true)) m per storey", f)
            }
            guard let text, let count else {
                unusable += 1
                return
            }
            let bare = String(Self.bareID(text))
            if floors[bare] == nil {
                floors[bare] = count.1
                fields[count.0, default: 0] += 1
            }
        }
        self.floors = floors
        self.fields = fields
        self.unusable = unusable
    }

    /// A floor count from a stated number: at least 1, rounded to whole storeys.
    static func floors(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0.5, value < 1000 else { return nil }
        return Int(value.rounded())
    }
}

extension LayerLoader {
    /// Reads a floors layer for ``buildings(_:storeyHeight:threads:filter:on:floorsFrom:)``.
    public mutating func floorsTable(_ path: String, storeyHeight: Double = 3) throws(LayerError) -> FloorsTable {
        _ = use(path)
        let table: FloorsTable
        do {
            table = try FloorsTable(reading: source(path), storeyHeight: storeyHeight)
        } catch {
            throw LayerError(error.exitStatus, [LoadProblem(file: path, feature: nil, message: error.message)])
        }
        guard !table.floors.isEmpty else {
            throw LayerError(
                .badData,
                [
                    LoadProblem(
                        file: path, feature: nil,
                        message:
                            "no feature has both an id (identificatie) and floors (b3_bouwlagen, bouwlagen, floors) or "
                            + "a height (b3_h_dak_70p, b3_h_70p, height); give the 3DBAG 'pand' layer as "
                            + "'FILE|layername=pand'")
                ])
        }
        return table
    }
}
