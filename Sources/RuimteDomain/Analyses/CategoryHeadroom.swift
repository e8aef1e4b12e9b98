import RuimteGeometry

/// Where a milieucategorie may still go inside a park zone given the housing around it, or
/// where dwellings may still stand inside a housing site given the parks' categories:
/// three parts that cover the site (m², RD New).
///
/// With `R` the richtafstand and `a` the summed positional accuracy of the two outlines,
/// a place at distance `d` from the other outline is **allowed** when `d - a ≥ R` for every
/// neighbour (outside every `buffer(other, R + a)`), **not allowed** when `d + a < R` for some
/// neighbour (inside some `buffer(other, R - a)`, a negative buffer when `a > R`), and
/// **undetermined** in the band between: never silently in or out.
public struct HeadroomParts: Sendable {
    /// Certainly allowed.
    public var allowed: Geometry<XY>
    /// Within the accuracy band around a contour.
    public var undetermined: Geometry<XY>
    /// Area of the site (zone or housing site), m².
    public var siteArea: Double
    /// Area allowed, m².
    public var allowedArea: Double
    /// Area undetermined, m².
    public var undeterminedArea: Double
    /// Area certainly not allowed, m² (the rest of the site).
    public var notAllowedArea: Double { max(0, siteArea - allowedArea - undeterminedArea) }
}

/// The headroom of one category in one park zone.
public struct ZoneHeadroom: Sendable {
    /// The park.
    public var park: SiteRef
    /// The zone.
    public var zoneID: String
    /// The category asked about.
    public var category: Milieucategorie
    /// Where it may go.
    public var parts: HeadroomParts
}

/// Where dwellings may stand inside one housing site, given every zone's category.
public struct HousingHeadroom: Sendable {
    /// The housing site.
    public var housing: SiteRef
    /// The omgevingstype used.
    public var areaType: AreaType
    /// Where dwellings may stand.
    public var parts: HeadroomParts
}

extension SpatialAnalysis {
    /// For every park zone and each of `categories`: where that category may still go given
    /// every housing site (each with its own omgevingstype) and the outlines' accuracy. A park
    /// without zones counts as one zone, its outline: the question does not need its category.
    public func zoneHeadroom(areaType: AreaType, categories: [Milieucategorie] = Milieucategorie.allCases) throws
        -> [ZoneHeadroom]
    {
        try remembered(["zoneHeadroom", areaType, categories] as [AnyHashable]) {
            let housing = natives(.housing)
            var result: [ZoneHeadroom] = []
            for (p, park) in catalogue.parks.enumerated() {
                let zones =
                    park.zones.isEmpty
                    ? [(park.id, natives(.parks)[p], park.accuracy)]
                    : try park.zones.map { ($0.id, try native(zone: $0), $0.accuracy) }
                for (zoneID, zoneNative, zoneAccuracy) in zones {
                    for category in categories {
                        let neighbours = catalogue.housing.indices.map { j -> (NativeGeometry, Double, Double) in
                            let site = catalogue.housing[j]
                            let r = richtafstanden.distance(category, self.areaType(site, default: areaType))
                            return (housing[j], r, r)
                        }
                        result.append(
                            ZoneHeadroom(
                                park: SiteRef(park.record), zoneID: zoneID, category: category,
                                parts: try headroomParts(
                                    of: zoneNative, accuracy: zoneAccuracy,
                                    from: neighbours, accuracies: catalogue.housing.map(\.accuracy))))
                    }
                }
            }
            return result
        }
    }

    /// For every housing site: where dwellings may stand given every zone's category (a class
    /// such as 3.1-3.2 counts with its heaviest sub-category for "allowed" and its lightest for
    /// "not allowed"). A park without a known category may be anything up to 6: near it
    /// nothing is certainly allowed and nothing certainly excluded.
    public func housingHeadroom(areaType: AreaType) throws -> [HousingHeadroom] {
        try remembered(["housingHeadroom", areaType] as [AnyHashable]) {
            var zones:
                [(outline: NativeGeometry, heaviest: Milieucategorie?, lightest: Milieucategorie?, accuracy: Double)] =
                    []
            for (p, park) in catalogue.parks.enumerated() {
                if park.zones.isEmpty {
                    zones.append((natives(.parks)[p], .c6, nil, park.accuracy))
                } else {
                    for zone in park.zones {
                        zones.append((try native(zone: zone), zone.category, zone.lightestCategory, zone.accuracy))
                    }
                }
            }
            return try catalogue.housing.enumerated().map { j, site in
                let type = self.areaType(site, default: areaType)
                let neighbours = zones.map { z in
                    (
                        z.outline, z.heaviest.map { richtafstanden.distance($0, type) } ?? 0,
                        z.lightest.map { richtafstanden.distance($0, type) } ?? 0
                    )
                }
                return HousingHeadroom(
                    housing: SiteRef(site.record), areaType: type,
                    parts: try headroomParts(
                        of: natives(.housing)[j], accuracy: site.accuracy,
                        from: neighbours, accuracies: zones.map(\.accuracy)))
            }
        }
    }

    /// The three parts of `site` given `neighbours` (outline, richtafstand for "allowed",
    /// richtafstand for "not allowed") with their accuracies.
    func headroomParts(
        of site: NativeGeometry, accuracy: Double, from neighbours: [(NativeGeometry, Double, Double)],
        accuracies: [Double]
    ) throws -> HeadroomParts {
        var far: NativeGeometry?, near: NativeGeometry?
        for (i, (outline, allowedAt, forbiddenWithin)) in neighbours.enumerated() {
            let a = accuracy + accuracies[i]
            let outer = try outline.buffer(allowedAt + a, quadrantSegments: quadrantSegments)
            far = try far.map { try $0.union(outer) } ?? outer
            if forbiddenWithin > 0 {  // a richtafstand of 0 forbids nothing
                let inner = try outline.buffer(forbiddenWithin - a, quadrantSegments: quadrantSegments)
                near = try near.map { try $0.union(inner) } ?? inner
            }
        }
        let allowed = try far.map { try site.difference($0) } ?? site
        let notAllowed = try near.map { try site.intersection($0) }
        let undetermined =
            try notAllowed.map { try site.difference(allowed).difference($0) } ?? site.difference(allowed)
        return HeadroomParts(
            allowed: try allowed.value(), undetermined: try undetermined.value(), siteArea: try site.area(),
            allowedArea: try allowed.area(), undeterminedArea: try undetermined.area())
    }
}
