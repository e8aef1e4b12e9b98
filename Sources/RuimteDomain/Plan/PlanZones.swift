import RuimteGeometry

/// Milieuzones from a bestemmingsplan: where the plan allows business, with the category the
/// plan states there.
///
/// Every Enkelbestemming of a business group (bedrijf, bedrijventerrein) becomes zones: the
/// part a functieaanduiding with a category covers ("bedrijf tot en met categorie 3.1") gets
/// that category; the rest gets the category in the bestemming's own name ("Bedrijf - 2"),
/// else the plan's general rule when the user states it (`rule`), else "unknown": the whole
/// range 1 to 6, so that every verdict that depends on it reads undetermined. Each zone cites
/// the plan and the objects it came from, and joins the business park whose outline it overlaps
/// most; a zone outside every park is left out and counted.
public struct PlanZones: Sendable {
    /// The zones per park id.
    public var zones: [String: [MilieuZone]] = [:]
    /// Notes for the user: zones outside every park, categories not stated.
    public var notes: [String] = []

    /// The range "unknown" stands for.
    public static let unknown: ClosedRange<Milieucategorie> = .c1 ... .c6

    /// Positional accuracy of a plan's outlines, metres: IMRO plans are drawn on the BGT/GBKN
    /// (about 0.1 m), far inside any milieuzonering distance.
    public static let accuracy = 0.1

    /// The zones of `plan` for `parks`.
    public init(_ plan: IMROPlan, parks: [BusinessPark], rule: ClosedRange<Milieucategorie>?) throws {
        let geos = try GEOSSession()
        let parkShapes = try parks.map { ($0.id, try geos.native($0.geometry)) }
        let stated = plan.aanduidingen.compactMap { a in PlanCategory.range(inName: a.name).map { (a, $0) } }
        var outside = 0, unknown = 0
        for vlak in plan.bestemmingen where IMROPlan.businessGroups.contains(vlak.group) {
            let shape = try geos.native(vlak.geometry)
            var rest = shape
            var pieces: [(String, Geometry<XY>, ClosedRange<Milieucategorie>, String)] = []
            for (a, range) in stated {
                let piece = try shape.intersection(try geos.native(a.geometry))
                guard try piece.area() >= 1 else { continue }
                rest = try rest.difference(piece)
                pieces.append(
                    ("\(vlak.id)/\(a.id)", try piece.value(), range, "functieaanduiding \(a.id) \"\(a.name)\""))
            }
            if try rest.area() >= 1 {
                let own = PlanCategory.range(inName: vlak.name)
                let range = own ?? rule ?? Self.unknown
                let basis =
                    own != nil
                    ? "bestemming \(vlak.id) \"\(vlak.name)\""
                    : rule != nil ? "the plan's general rule (as stated with --plan-rule)" : "not stated by the plan"
                if own == nil && rule == nil { unknown += 1 }
                pieces.append((vlak.id, try rest.value(), range, basis))
            }
            for (id, geometry, range, basis) in pieces where !geometry.polygons.isEmpty {
                let piece = try geos.native(geometry)
                let overlaps = try parkShapes.map { ($0.0, try piece.intersection($0.1).area()) }
                guard let (park, area) = overlaps.max(by: { $0.1 < $1.1 }), area > 0 else {
                    outside += 1
                    continue
                }
                let zone = MilieuZone(
                    id: id, parkID: park, name: vlak.name, category: range.upperBound,
                    lightestCategory: range.lowerBound,
                    geometry: geometry, accuracy: Self.accuracy,
                    sources: ["geometry": "bestemmingsplan \(plan.id), \(vlak.id)", "milieucategorie": basis])
                zones[park, default: []].append(zone)
            }
        }
        if outside > 0 { notes.append("\(outside) business zones of plan \(plan.id) lie outside every park: left out") }
        if unknown > 0 {
            notes.append(
                "\(unknown) business bestemmingen of plan \(plan.id) state no milieucategorie: read as 1-6 (unknown); "
                    + "give the plan's general rule with --plan-rule")
        }
    }
}
