import RuimteGeometry

/// The part of a housing site that can still take dwellings: outside every hard constraint and
/// outside the richtafstand contour of every milieuzone around it.
public struct BuildableHeadroom: Sendable {
    /// The housing site.
    public var site: SiteRef
    /// The site's area, m².
    public var siteArea: Double
    /// The buildable part, m²: the site less every hard constraint and every zone's contour at
    /// the richtafstand of its heaviest category (0 for a sliver).
    public var area: Double
    /// The same at the outlines' accuracy, m²: hard constraints grown and contours at the
    /// heaviest category's richtafstand plus the summed accuracy (low) to hard constraints shrunk
    /// and contours at the lightest category's less it (high); the measured area always inside.
    public var areaBand: ClosedRange<Double>
    /// The dwellings the buildable part carries at the site's planned density (low, high).
    public var dwellings: ClosedRange<Double>?
    /// The same over the area band.
    public var dwellingsBand: ClosedRange<Double>?
    /// The hard constraints and zones that take a part of the site at the band's low end (ids).
    public var limitedBy: [String]
    /// The buildable part at the measured positions, RD New (empty when nothing is left or
    /// only a sliver).
    public var geometry: Geometry<XY>

    /// The buildable share of the site, 0-1.
    public var share: Double { siteArea > 0 ? area / siteArea : 0 }
}

extension SpatialAnalysis {
    /// The buildable headroom of every housing site, in catalogue order.
    func buildableHeadroom(_ constraints: [Constraint], natives: [NativeGeometry], areaType: AreaType) throws
        -> [BuildableHeadroom]
    {
        let hard = constraints.indices.filter { constraints[$0].effect == .hard }
        return try catalogue.housing.enumerated().map { j, site in
            let outline = self.natives(.housing)[j]
            let type = self.areaType(site, default: areaType)
            // Each obstacle at the measured position, shrunk (sign -1) and grown (+1) by the accuracy.
            func obstacles(_ sign: Double) throws -> [(id: String, area: NativeGeometry)] {
                var found: [(String, NativeGeometry)] = []
                for i in hard {
                    let a = constraints[i].accuracy + site.accuracy
                    found.append(
                        (constraints[i].id, try natives[i].buffer(sign * a, quadrantSegments: quadrantSegments)))
                }
                for park in catalogue.parks {
                    for zone in park.zones {
                        let a = zone.accuracy + site.accuracy
                        let r =
                            sign < 0
                            ? max(0, richtafstanden.distance(zone.lightestCategory, type) - a)
                            : richtafstanden.distance(zone.category, type) + sign * a
                        found.append((zone.id, try native(zone: zone).buffer(r, quadrantSegments: quadrantSegments)))
                    }
                }
                return found
            }
            func remaining(_ parts: [(id: String, area: NativeGeometry)]) throws -> NativeGeometry {
                var left = outline
                for part in parts where try left.intersects(part.area) { left = try left.difference(part.area) }
                return left
            }
            let siteArea = try outline.area()
            let grown = try obstacles(1)
            let buildable = try remaining(try obstacles(0))
            let measured = try SliverRule.area(buildable), low = try SliverRule.area(remaining(grown)),
                high = try SliverRule.area(remaining(try obstacles(-1)))
            let band = min(low, measured)...max(high, measured)
            let limiting = try grown.filter { try outline.intersects($0.area) }.map(\.id)
            return BuildableHeadroom(
                site: SiteRef(site.record), siteArea: siteArea, area: measured, areaBand: band,
                dwellings: site.dwellings(share: measured / siteArea, to: measured / siteArea),
                dwellingsBand: site.dwellings(share: band.lowerBound / siteArea, to: band.upperBound / siteArea),
                limitedBy: limiting, geometry: measured > 0 ? try buildable.value() : .empty)
        }
    }
}
