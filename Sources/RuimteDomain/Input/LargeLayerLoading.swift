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
    ///
    /// BAG layers: a layer with history (a Kadaster LV BAG extract) gives each pand's voorkomen
    /// valid on `date` (``VoorkomenSelection``), and panden whose `status` `filter` does not
    /// accept are left out; both are counted in ``BuildingLoad/selection``.
    public mutating func buildings(
        _ path: String, storeyHeight: Double = 3, threads: Int = 1, filter: BuildingFilter = .bag,
        on date: BAGDate = .today(), floorsFrom table: FloorsTable? = nil
    ) throws(LayerError) -> BuildingLoad {
        _ = use(path)
        let selection = VoorkomenSelection(source(path), on: date)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        var packing: String?
        var (load, problems) = try streamInParts(
            path, shape: .polygons, threads: threads,
            total: {
                var load = BuildingLoad(layer: BuildingLayer(), storeyHeight: storeyHeight)
                // A GeoJSON position takes at least 6 bytes ("[0,0],"): an upper bound that costs
                // nothing where it is never written.
                load.layer.reserveCapacity(positions: bytes / 6, buildings: 0)
                return load
            },
            part: {
                BuildingLoad(layer: BuildingLayer(), storeyHeight: storeyHeight)
            },
            body: { part, feature, attributes in
                let p = PropertyReader(feature, use: attributes)
                if let reason = Self.leftOut(feature, p, selection: selection, into: &part.selection) {
                    return reason
                }
                if let status = p.textList("status")?.first, !filter.accepts(status) {
                    part.selection.otherStatus[status, default: 0] += 1
                    return []
                }
                if p.lenientNumber("oorspronkelijkbouwjaar", "bouwjaar") == 9999 { part.selection.yearUnknown += 1 }
                if let problem = Self.absurdFloors(p) { return [problem] }
                var floors = p.lenientNumber(
                    "floors", "bouwlagen", "aantal_bouwlagen", "b3_bouwlagen", "building:levels"
                ).flatMap(Self.floors)
                if floors != nil {
                    part.floorsStated += 1
                } else if let joined = table?.floors(of: feature.id) {
                    floors = joined
                    part.floorsJoined += 1
                } else if let height = p.lenientNumber("height", "hoogte", "b3_h_dak_70p", "b3_h_70p"), storeyHeight > 0
                {
                    floors = Self.floors((height - (p.lenientNumber("b3_h_maaiveld") ?? 0)) / storeyHeight)
                    if floors != nil { part.floorsFromHeight += 1 }
                }
                do {
                    try part.layer.append(Building(footprint: feature.geometry, floors: floors))
                    return []
                } catch {
                    return ["footprint: \(error)"]
                }
            },
            merge: { total, part in
                do {
                    try total.layer.append(contentsOf: part.layer)
                } catch {
                    packing = "\(error)"
                }
                total.floorsStated += part.floorsStated
                total.floorsFromHeight += part.floorsFromHeight
                total.floorsJoined += part.floorsJoined
                total.selection.add(part.selection)
            }, sequentialSource: selection)
        load.selection.history = selection.summary
        load.filter = filter
        load.floorsSource = table?.source
        load.floorsFields = table?.fields ?? [:]
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        if let packing { throw LayerError(.badData, [LoadProblem(file: path, feature: nil, message: packing)]) }
        if load.floorsUnknown > 0 {
            remarks.append(
                LoadProblem(
                    file: path, feature: nil,
                    message: "no floors or height for \(load.floorsUnknown) of \(load.layer.count) buildings: FSI is "
                        + "no data for the parks they stand in"))
        }
        return load
    }

    /// Nil for a feature that goes on; `["history"]` for a feature with BAG history read without
    /// its ``VoorkomenSelection`` (the parallel path, which then gives way to the sequential one).
    static func leftOut(
        _ feature: CheckedFeature, _ p: PropertyReader, selection: VoorkomenSelection, into note: inout BAGSelectionNote
    ) -> [String]? {
        if !selection.summary.isHistory && VoorkomenSelection.hasHistory(feature.properties) { return ["history"] }
        if selection.summary.isHistory {
            // Read by the selection: logged as used.
            for key in ["voorkomenidentificatie", "begingeldigheid", "eindgeldigheid", "tijdstipinactief"] {
                _ = p.textList(key)
            }
        }
        return nil
    }

    /// A floors or height value no building can have (negative, non-finite, above 1,000 floors or
    /// 3,000 m), named with its field: refused at the door instead of read as "unknown".
    static func absurdFloors(_ p: PropertyReader) -> String? {
        let checks: [(keys: [String], limit: Double, unit: String)] = [
            (["floors", "bouwlagen", "aantal_bouwlagen", "b3_bouwlagen", "building:levels"], 1000, "floors"),
            (["height", "hoogte", "b3_h_dak_70p", "b3_h_70p"], 3000, "metres of height"),
        ]
        for check in checks {
            guard let (key, value) = p.lookUp(check.keys) else { continue }
            let number: Double? =
                switch value {
                case .number(let n): n
                case .string(let s): Double(s.trimmingCharacters(in: .whitespaces))
                default: nil
                }
            guard let n = number, !n.isFinite || n < 0 || n > check.limit else { continue }
            return
                "\"\(key)\" is \(value.shortText), expected 0 to \(FixedDecimal.format(check.limit, 0)) \(check.unit)"
        }
        return nil
    }

    /// A floor count from a stated number: at least 1, rounded to whole storeys.
    private static func floors(_ value: Double) -> Int? { FloorsTable.floors(value) }

    /// Loads dwellings (e.g. BAG verblijfsobjecten) as points, one feature at a time, keeping
    /// those `filter` accepts.
    /// A layer with BAG history gives each verblijfsobject's voorkomen valid on `date`.
    public mutating func dwellings(
        _ path: String, filter: DwellingFilter = .bag, threads: Int = 1, on date: BAGDate = .today()
    ) throws(LayerError) -> DwellingLoad {
        _ = use(path)
        let selection = VoorkomenSelection(source(path), on: date)
        let (load, problems) = try streamInParts(
            path, shape: .points, threads: threads,
            total: {
                DwellingLoad(filter: filter)
            },
            part: {
                DwellingLoad(filter: filter)
            },
            body: { part, feature, attributes in
                let p = PropertyReader(feature, use: attributes)
                if let reason = Self.leftOut(feature, p, selection: selection, into: &part.selection) {
                    return reason
                }
                part.read += 1
                if let uses = p.textList("gebruiksdoel"),
                    !uses.contains(where: { use in filter.uses.contains { $0.lowercased() == use.lowercased() } })
                {
                    part.otherUse += 1
                    return []
                }
                if let status = p.textList("status")?.first,
                    !filter.statuses.contains(where: { $0.lowercased() == status.lowercased() })
                {
                    part.otherStatus += 1
                    return []
                }
                if case .point(let point) = feature.geometry { part.positions.append(point.coordinate) }
                return []
            },
            merge: { total, part in
                total.positions += part.positions
                total.read += part.read
                total.otherUse += part.otherUse
                total.otherStatus += part.otherStatus
                total.selection.add(part.selection)
            }, sequentialSource: selection)
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        var result = load
        result.selection.history = selection.summary
        return result
    }
}
