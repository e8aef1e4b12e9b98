import RuimteGeometry

/// One milieuzonering check: a business-park zone against a housing site (indicative,
/// VNG 2009).
///
/// The richtafstand applies between the boundary of the zone that allows the category and
/// the nearest façade a dwelling may have; Ruimte measures the straight-line edge-to-edge
/// distance between the zone and the housing site's outline (the outermost place a dwelling
/// may be built). The decision is by distance, never by a buffer polygon.
public struct ZoningCheck: Sendable {
    /// The park the zone belongs to.
    public var park: SiteRef
    /// The zone's id (equal to the park id for a park zoned as a whole).
    public var zoneID: String
    /// The zone's milieucategorie (the heaviest its source allows).
    public var category: Milieucategorie
    /// The category as stated: `3.2`, or `3.1-3.2` for an IBIS main class.
    public var categoryText: String
    /// The housing site.
    public var housing: SiteRef
    /// The omgevingstype used for the housing site.
    public var areaType: AreaType
    /// The richtafstand for the category and area type, metres.
    public var required: Double
    /// Edge-to-edge distance from the zone to the housing site and the range the true
    /// distance may take at the outlines' accuracy, metres (0 when they overlap).
    public var distance: DistanceRange
    /// `distance < required`, decided over the whole accuracy range and, for a category
    /// stated only as a class, over every sub-category of it.
    public var verdict: Verdict
    /// The nearest points (on the zone, on the housing site), for maps.
    public var nearestPoints: (XY, XY)

    /// The measured edge distance, metres.
    public var actual: Double { distance.measured }
    /// Summed positional accuracy of the zone and the housing outline, metres.
    public var combinedAccuracy: Double { distance.accuracy }
    /// How much closer than required the housing is, metres (0 when not closer).
    public var shortfall: Double { max(0, required - actual) }
    /// `actual - required`: negative when the housing is too close.
    public var margin: Double { actual - required }
}

/// A business park without any known milieucategorie: milieuzonering cannot be checked.
public struct ZoningGap: Sendable {
    /// The park.
    public var park: SiteRef
    /// Why no check was possible.
    public var reason: Reason

    /// Why a park could not be checked.
    public enum Reason: String, Sendable {
        /// No zone and no milieucategorie of the park's own: load zones with their category.
        case noZones = "no_zones"
    }
}

extension SpatialAnalysis {
    /// The area type for `site`: the site's own classification when a source gives one,
    /// otherwise `defaultType`.
    func areaType(_ site: HousingSite, default defaultType: AreaType) -> AreaType { site.areaType ?? defaultType }

    /// Every zone of every park against every housing site, sorted by park, zone, housing
    /// id; plus the parks that have no milieucategorie at all.
    public func zoning(areaType defaultType: AreaType) throws -> (checks: [ZoningCheck], gaps: [ZoningGap]) {
        try remembered(["zoning", defaultType] as [AnyHashable]) {
            try zoning(areaType: defaultType, against: catalogue.housing, natives: natives(.housing))
        }
    }

    /// Every zone against `sites` other than the catalogue's housing: existing sensitive
    /// functions (a plan's wonen and gemengd bestemmingen), the same checks.
    public func zoning(areaType defaultType: AreaType, against sites: [HousingSite]) throws -> (
        checks: [ZoningCheck], gaps: [ZoningGap]
    ) {
        try zoning(areaType: defaultType, against: sites, natives: sites.map { try geos.native($0.geometry) })
    }

    private func zoning(
        areaType defaultType: AreaType, against housing: [HousingSite], natives housingNatives: [NativeGeometry]
    )
        throws -> (checks: [ZoningCheck], gaps: [ZoningGap])
    {
        var checks: [ZoningCheck] = []
        var gaps: [ZoningGap] = []
        for park in catalogue.parks {
            if park.zones.isEmpty {
                gaps.append(ZoningGap(park: SiteRef(park.record), reason: .noZones))
            }
            for zone in park.zones {
                let zoneNative = try native(zone: zone)
                for (j, site) in housing.enumerated() {
                    let type = areaType(site, default: defaultType)
                    let required = richtafstanden.distance(zone.category, type)
                    let range = try DistanceRange(
                        zoneNative, housingNatives[j], accuracy: zone.accuracy + site.accuracy)
                    let heaviest = Verdict(range, required: required)
                    let lightest = Verdict(range, required: richtafstanden.distance(zone.lightestCategory, type))
                    checks.append(
                        ZoningCheck(
                            park: SiteRef(park.record), zoneID: zone.id, category: zone.category,
                            categoryText: zone.categoryText, housing: SiteRef(site.record), areaType: type,
                            required: required, distance: range,
                            verdict: heaviest == lightest ? heaviest : .undetermined,
                            nearestPoints: try zoneNative.nearestPoints(housingNatives[j])))
                }
            }
        }
        return (checks, gaps)
    }

    /// The contour within the richtafstand of each zone, for maps only (a buffer is a
    /// polygonal approximation; verdicts come from ``zoning(areaType:)``).
    public func zoningContours(areaType: AreaType) throws -> [(
        park: SiteRef, zone: MilieuZone, distance: Double, contour: Geometry<XY>
    )] {
        var result: [(SiteRef, MilieuZone, Double, Geometry<XY>)] = []
        for park in catalogue.parks {
            for zone in park.zones {
                let distance = richtafstanden.distance(zone.category, areaType)
                let contour = try native(zone: zone).buffer(distance, quadrantSegments: quadrantSegments)
                result.append((SiteRef(park.record), zone, distance, try contour.value()))
            }
        }
        return result
    }
}
