import Foundation
import RuimteFormats
import RuimteGeometry

/// Loading the large layers (a province's BAG): buildings straight into a packed layer and
/// dwellings as points, one feature at a time, through the same checks as every layer.
extension LayerLoader {
    /// Loads building footprints (e.g. BAG panden) straight into a packed layer, one feature
    /// at a time. Floors come from a floors field (`floors`, `bouwlagen`, `aantal_bouwlagen`,
    /// 3D BAG's `b3_bouwlagen`, OSM's `building:levels`), else from a height field (`height`,
    /// `hoogte`, 3D BAG's `b3_h_70p` above `b3_h_maaiveld`) at `storeyHeight` metres per storey,
    /// else they are unknown: never an error for a missing optional figure.
    public mutating func buildings(_ path: String, storeyHeight: Double = 3) throws(LayerError) -> BuildingLoad {
        var load = BuildingLoad(layer: BuildingLayer(), storeyHeight: storeyHeight)
        let attributes = use(path)
        if let bytes = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber {
            // A GeoJSON position takes at least 6 bytes ("[0,0],"): an upper bound that costs
            // nothing where it is never written.
            load.layer.reserveCapacity(positions: bytes.intValue / 6, buildings: 0)
        }
        let problems = try stream(path, shape: .polygons) { feature in
            let p = PropertyReader(feature, use: attributes)
            var floors = p.lenientNumber("floors", "bouwlagen", "aantal_bouwlagen", "b3_bouwlagen", "building:levels").flatMap(Self.floors)
            if floors != nil {
                load.floorsStated += 1
            } else if let height = p.lenientNumber("height", "hoogte", "b3_h_70p"), storeyHeight > 0 {
                floors = Self.floors((height - (p.lenientNumber("b3_h_maaiveld") ?? 0)) / storeyHeight)
                if floors != nil { load.floorsFromHeight += 1 }
            }
            do {
                try load.layer.append(Building(footprint: feature.geometry, floors: floors))
                return []
            } catch {
                return ["footprint: \(error)"]
            }
        }
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        if load.floorsUnknown > 0 {
            warnings.append(LoadProblem(file: path, feature: nil, message: load.floorsNote))
        }
        return load
    }

    /// A floor count from a stated number: at least 1, rounded to whole storeys.
    private static func floors(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0.5, value < 1000 else { return nil }
        return Int(value.rounded())
    }

    /// Loads dwellings (e.g. BAG verblijfsobjecten) as points, one feature at a time, keeping
    /// those `filter` accepts.
    public mutating func dwellings(_ path: String, filter: DwellingFilter = .bag) throws(LayerError) -> DwellingLoad {
        var load = DwellingLoad(filter: filter)
        let attributes = use(path)
        let problems = try stream(path, shape: .points) { feature in
            load.read += 1
            let p = PropertyReader(feature, use: attributes)
            if let uses = p.textList("gebruiksdoel"), !uses.contains(where: { use in filter.uses.contains { $0.lowercased() == use.lowercased() } }) {
                load.otherUse += 1
                return []
            }
            if let status = p.textList("status")?.first, !filter.statuses.contains(where: { $0.lowercased() == status.lowercased() }) {
                load.otherStatus += 1
                return []
            }
            if case .point(let point) = feature.geometry { load.positions.append(point.coordinate) }
            return []
        }
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        return load
    }
}
