import RuimteDomain
import RuimteGeometry

/// The VNG 2009 table, built here from the published numbers (not read from the data file).
func vng2009() throws -> Richtafstanden {
    let rows: [(Milieucategorie, Double, Double)] = [
        (.c1, 10, 0), (.c2, 30, 10), (.c3_1, 50, 30), (.c3_2, 100, 50), (.c4_1, 200, 100), (.c4_2, 300, 200),
        (.c5_1, 500, 300), (.c5_2, 700, 500), (.c5_3, 1000, 700), (.c6, 1500, 1000),
    ]
    return try Richtafstanden(
        source: "VNG 2009",
        metres: Dictionary(uniqueKeysWithValues: rows.map { ($0.0, [AreaType.rustig: $0.1, .gemengd: $0.2]) }))
}

func record(_ id: String, _ layer: SiteLayer, _ geometry: Geometry<XY>, accuracy: Double = 0) -> SiteRecord {
    SiteRecord(
        id: id, name: id.capitalized, layer: layer, geometry: geometry, accuracy: accuracy,
        sources: ["geometry": "test"])
}

/// A park zoned as a whole for `category`.
func park(
    _ id: String, _ geometry: Geometry<XY>, _ category: Milieucategorie?, accuracy: Double = 0,
    waterBound: Bool? = false, jobs: Int? = nil, firms: Int? = nil
) -> BusinessPark {
    let r = record(id, .parks, geometry, accuracy: accuracy)
    let zones =
        category.map {
            [MilieuZone(id: id, parkID: id, name: id, category: $0, geometry: geometry, accuracy: accuracy)]
        } ?? []
    return BusinessPark(record: r, zones: zones, firms: firms, jobs: jobs, waterBound: waterBound)
}

func housing(
    _ id: String, _ geometry: Geometry<XY>, dwellings: ClosedRange<Int>? = nil, accuracy: Double = 0,
    areaType: AreaType? = nil
) -> HousingSite {
    HousingSite(
        record: record(id, .housing, geometry, accuracy: accuracy), plannedDwellings: dwellings, areaType: areaType)
}

func centre(_ id: String, _ geometry: Geometry<XY>) -> ShoppingCentre {
    ShoppingCentre(record: record(id, .centres, geometry))
}

func analysis(parks: [BusinessPark] = [], centres: [ShoppingCentre] = [], housing: [HousingSite] = []) throws
    -> SpatialAnalysis
{
    try SpatialAnalysis(
        catalogue: SiteCatalogue(parks: parks, centres: centres, housing: housing), richtafstanden: vng2009())
}
