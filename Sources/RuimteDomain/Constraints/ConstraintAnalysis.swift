import RuimteGeometry

/// One constraint on one housing site: the area it covers and the dwellings on it.
public struct ConstraintOverlap: Sendable {
    /// The housing site.
    public var site: SiteRef
    /// The constraint.
    public var constraint: Constraint
    /// Area of the site inside the constraint, m² (0 for a sliver, ``SliverRule``).
    public var area: Double
    /// The same with the constraint shrunk (low) to grown (high) by the summed accuracy of
    /// constraint and site, m²; the measured area always inside.
    public var areaBand: ClosedRange<Double>
    /// Planned dwellings inside, by the share of the site's area (low, high of the site's range).
    public var dwellings: ClosedRange<Double>?
    /// The same over the area band (the low count of the low area to the high count of the high).
    public var dwellingsBand: ClosedRange<Double>?
    /// What this constraint alone means for the site.
    public var verdict: ConstraintVerdict
}

/// The verdict of one kind of constraint on one housing site.
public struct KindVerdict: Sendable {
    /// The housing site.
    public var site: SiteRef
    /// The kind.
    public var kind: ConstraintKind
    /// Clear, soft, hard or undetermined over every constraint of the kind.
    public var verdict: ConstraintVerdict
    /// The constraints of the kind that reach the site at the high end of their band.
    public var constraints: [String]
}

/// A constraint on a business park: what a new housing plan next to it would have to respect.
public struct ParkConstraint: Sendable {
    /// The park.
    public var park: SiteRef
    /// The constraint.
    public var constraint: Constraint
    /// Area of the park inside the constraint, m².
    public var area: Double
    /// That area as a share of the park's, 0-1.
    public var share: Double
}

/// Every constraint against every housing site and park, with the buildable headroom.
public struct ConstraintResult: Sendable {
    /// The constraints that reach a housing site (at the high end of their band), by site and constraint id.
    public var overlaps: [ConstraintOverlap]
    /// Per housing site, one verdict per kind in the layers (clear where none reaches it).
    public var verdicts: [KindVerdict]
    /// Per housing site, the part outside every hard constraint and every richtafstand contour.
    public var headroom: [BuildableHeadroom]
    /// The constraints on business parks, by park and constraint id.
    public var parks: [ParkConstraint]
}

extension SpatialAnalysis {
    /// `constraints` against every housing site and park: overlaps with their bands, a verdict
    /// per kind, and the buildable headroom with the richtafstanden for `areaType` (housing that
    /// states no type of its own).
    public func constraints(_ constraints: [Constraint], areaType: AreaType) throws -> ConstraintResult {
        let natives = try constraints.map { try geos.native($0.geometry) }
        var overlaps: [ConstraintOverlap] = [], verdicts: [KindVerdict] = []
        let kinds = Set(constraints.map(\.kind)).sorted()
        for (j, site) in catalogue.housing.enumerated() {
            let outline = self.natives(.housing)[j]
            let siteArea = try outline.area()
            var mine: [ConstraintOverlap] = []
            for (i, constraint) in constraints.enumerated() {
                let a = constraint.accuracy + site.accuracy
                let measured = try SliverRule.area(outline.intersection(natives[i]))
                let low = try SliverRule.area(
                    outline.intersection(natives[i].buffer(-a, quadrantSegments: quadrantSegments)))
                let high = try SliverRule.area(
                    outline.intersection(natives[i].buffer(a, quadrantSegments: quadrantSegments)))
                guard max(high, measured) > 0 else { continue }
                let band = min(low, measured)...max(high, measured)
                mine.append(
                    ConstraintOverlap(
                        site: SiteRef(site.record), constraint: constraint, area: measured, areaBand: band,
                        dwellings: site.dwellings(share: measured / siteArea, to: measured / siteArea),
                        dwellingsBand: site.dwellings(
                            share: band.lowerBound / siteArea, to: band.upperBound / siteArea),
                        verdict: ConstraintVerdict([(constraint.effect, band)])))
            }
            overlaps += mine.sorted { NaturalOrder.precedes($0.constraint.id, $1.constraint.id) }
            for kind in kinds {
                let reaching = mine.filter { $0.constraint.kind == kind }
                verdicts.append(
                    KindVerdict(
                        site: SiteRef(site.record), kind: kind,
                        verdict: ConstraintVerdict(reaching.map { ($0.constraint.effect, $0.areaBand) }),
                        constraints: reaching.map(\.constraint.id)))
            }
        }
        return ConstraintResult(
            overlaps: overlaps, verdicts: verdicts,
            headroom: try buildableHeadroom(constraints, natives: natives, areaType: areaType),
            parks: try parkConstraints(constraints, natives: natives))
    }

    /// The constraints on each park, by park and constraint id.
    private func parkConstraints(_ constraints: [Constraint], natives: [NativeGeometry]) throws -> [ParkConstraint] {
        var result: [ParkConstraint] = []
        for (j, park) in catalogue.parks.enumerated() {
            let outline = self.natives(.parks)[j]
            let parkArea = try outline.area()
            var mine: [ParkConstraint] = []
            for (i, constraint) in constraints.enumerated() {
                let area = try SliverRule.area(outline.intersection(natives[i]))
                guard area > 0 else { continue }
                mine.append(
                    ParkConstraint(
                        park: SiteRef(park.record), constraint: constraint, area: area, share: area / parkArea))
            }
            result += mine.sorted { NaturalOrder.precedes($0.constraint.id, $1.constraint.id) }
        }
        return result
    }
}

extension HousingSite {
    /// The planned dwellings on a share of the site: the low count at `low`, the high at `high`.
    func dwellings(share low: Double, to high: Double) -> ClosedRange<Double>? {
        plannedDwellings.map { d in
            let a = Double(d.lowerBound) * low, b = Double(d.upperBound) * high
            return min(a, b)...max(a, b)
        }
    }
}
