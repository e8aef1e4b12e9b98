import RuimteFormats
import RuimteGeometry

/// One park per IBIS terrain: features that share a RIN number (a terrain stored in parts, or
/// the same terrain for several years) become one ``BusinessPark``.
///
/// Where the parts state different years (`JAAR`), only the latest year's parts are read. The
/// parts' outlines are united (GEOS union); their areas are summed, unless every part states
/// the same figure and it matches the united outline (within 25 %): then the figure is the
/// terrain's, stated on each part, and is taken once. A milieuzone covers the united outline
/// with the heaviest part's category. A note per terrain says what was done.
enum IBISDissolve {
    static func dissolve(_ parks: [BusinessPark], file: String) throws -> (parks: [BusinessPark], notes: [LoadProblem])
    {
        let groups = Dictionary(grouping: parks, by: \.id)
        guard groups.values.contains(where: { $0.count > 1 }) else { return (parks, []) }
        let geos = try GEOSSession()
        var result: [BusinessPark] = []
        var notes: [LoadProblem] = []
        for (id, parts) in groups.sorted(by: { $0.key < $1.key }) {
            guard parts.count > 1 else {
                result += parts
                continue
            }
            let latest = parts.compactMap(\.figuresYear).max()
            let kept = latest.map { year in parts.filter { ($0.figuresYear ?? year) == year } } ?? parts
            var said: [String] = []
            if kept.count < parts.count, let latest {
                let years = Set(parts.compactMap(\.figuresYear)).subtracting([latest]).sorted().map(String.init)
                said.append(
                    "\(parts.count - kept.count) features of JAAR \(years.joined(separator: ", ")) left out "
                        + "for the latest year, \(latest)")
            }
            let park = try united(kept, id: id, geos: geos, said: &said)
            result.append(park)
            notes.append(
                LoadProblem(file: file, feature: "IBIS terrain \"\(id)\"", message: said.joined(separator: "; ")))
        }
        return (result, notes)
    }

    private static func united(
        _ parts: [BusinessPark], id: String, geos: GEOSSession, said: inout [String]
    ) throws -> BusinessPark {
        guard parts.count > 1 else { return parts[0] }
        var union = try geos.native(parts[0].geometry)
        for part in parts.dropFirst() { union = try union.union(try geos.native(part.geometry)) }
        let polygons = try union.value().polygons
        let geometry: Geometry<XY> = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(MultiPolygon(polygons))
        let unionHectares = try union.area() / 10_000
        var once = false
        func combined(_ values: [Double?]) -> Double? {
            let stated = values.compactMap { $0 }
            guard !stated.isEmpty else { return nil }
            if stated.count == values.count, Set(stated).count == 1, unionHectares > 0,
                abs(stated[0] / unionHectares - 1) <= 0.25
            {
                once = true
                return stated[0]
            }
            return stated.reduce(0, +)
        }
        let accounts = IBISAccounts(
            brutoHectares: combined(parts.map { $0.ibis?.brutoHectares }),
            nettoHectares: combined(parts.map { $0.ibis?.nettoHectares }),
            terstondUitgeefbaarHectares: combined(parts.map { $0.ibis?.terstondUitgeefbaarHectares }))
        said.append(
            "\(parts.count) features dissolved into one park ("
                + (once
                    ? "each states the terrain's areas, "
                        + "taken once" : "areas summed over the parts") + ")")
        let first = parts[0].record
        let record = SiteRecord(
            id: id, name: first.name, layer: .parks, geometry: geometry, accuracy: parts.map(\.accuracy).max() ?? 0,
            sources: first.sources, file: first.file)
        let heaviest = parts.flatMap(\.zones).max {
            ($0.category, $0.lightestCategory) < ($1.category, $1.lightestCategory)
        }
        let zones =
            heaviest.map {
                [
                    MilieuZone(
                        covering: record, park: id, categories: $0.lightestCategory...$0.category, sources: $0.sources)
                ]
            } ?? []
        return BusinessPark(
            record: record, zones: zones, statedHectares: accounts.brutoHectares, figuresYear: parts[0].figuresYear,
            ibis: accounts)
    }
}
