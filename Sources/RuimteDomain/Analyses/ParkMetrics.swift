import RuimteGeometry

/// BP-2 to BP-7 for one business park, one function each (definitions, units and sources in
/// notebooks-md/metrics.md). Distances and areas in RD New metres and m².
extension SpatialAnalysis {
    /// BP-3: how many milieucategorie steps nearby housing takes from the park's heaviest
    /// zone, pessimistic (outlines closer by their summed accuracy, the heaviest category the
    /// source allows) and optimistic (farther, the lightest).
    public func headroom(_ park: BusinessPark, areaType: AreaType) throws -> Headroom {
        guard !park.zones.isEmpty else { return .noData }
        let housingNatives = natives(.housing)
        var low = 0, high = 0
        for zone in park.zones {
            let zoneNative = try native(zone: zone)
            var allowedNear = Milieucategorie.allCases.count, allowedFar = Milieucategorie.allCases.count
            for (j, site) in catalogue.housing.enumerated() {
                let range = try DistanceRange(zoneNative, housingNatives[j], accuracy: zone.accuracy + site.accuracy)
                let type = self.areaType(site, default: areaType)
                allowedNear = min(allowedNear, richtafstanden.heaviestCategory(allowedAt: range.near, type)?.step ?? 0)
                allowedFar = min(allowedFar, richtafstanden.heaviestCategory(allowedAt: range.far, type)?.step ?? 0)
            }
            high = max(high, zone.category.step - allowedNear)
            low = max(low, zone.lightestCategory.step - allowedFar)
        }
        return low == high ? .steps(low) : .undetermined(low: low, high: high)
    }

    /// BP-2: planned dwellings inside the richtafstand contour of any of the park's zones
    /// (each housing site with its own omgevingstype), apportioned by area; nil without a category.
    public func dwellingsWithinRichtafstand(_ park: BusinessPark, areaType: AreaType) throws -> ClosedRange<Double>? {
        guard !park.zones.isEmpty else { return nil }
        return try apportionedDwellings { site in
            try contour(of: park.zones, for: self.areaType(site, default: areaType))
        }
    }

    /// Planned dwellings inside the richtafstand contour of any zone of any park, apportioned by
    /// area: BP-2 for the whole city, each dwelling counted once however many parks it is near.
    public func dwellingsWithinAnyRichtafstand(areaType: AreaType) throws -> ClosedRange<Double> {
        let zones = catalogue.parks.flatMap(\.zones)
        guard !zones.isEmpty else { return 0...0 }
        return try apportionedDwellings { site in try contour(of: zones, for: self.areaType(site, default: areaType)) }
    }

    /// The union of the richtafstand contours of `zones` (not empty), each at its own
    /// category's distance for housing of `type`.
    func contour(of zones: [MilieuZone], for type: AreaType) throws -> NativeGeometry {
        let contours = try zones.map {
            try native(zone: $0).buffer(richtafstanden.distance($0.category, type), quadrantSegments: quadrantSegments)
        }
        var contour = contours[0]
        for c in contours.dropFirst() { contour = try contour.union(c) }
        return contour
    }

    /// BP-4: the share (0-1) of the park inside the richtafstand of any housing site, each
    /// zone with its own category; nil without a category.
    public func constrainedShare(_ park: BusinessPark, parkArea: Double, areaType: AreaType) throws -> Double? {
        guard !park.zones.isEmpty else { return nil }
        return try constrainedShare(park, parkArea: parkArea) { zone, site in
            richtafstanden.distance(zone.category, self.areaType(site, default: areaType))
        }
    }

    /// BP-4's band at the outlines' accuracy and the zones' category range: from the lightest
    /// category's richtafstand less the summed accuracy of zone and housing (at least 0) to the
    /// heaviest's plus it; nil without a category.
    public func constrainedShareBand(_ park: BusinessPark, parkArea: Double, areaType: AreaType) throws
        -> ClosedRange<Double>?
    {
        guard !park.zones.isEmpty else { return nil }
        let low = try constrainedShare(park, parkArea: parkArea) { zone, site in
            max(
                0,
                richtafstanden.distance(zone.lightestCategory, self.areaType(site, default: areaType))
                    - zone.accuracy - site.accuracy)
        }
        let high = try constrainedShare(park, parkArea: parkArea) { zone, site in
            richtafstanden.distance(zone.category, self.areaType(site, default: areaType)) + zone.accuracy
                + site.accuracy
        }
        return low...max(low, high)
    }

    /// The share of the park within `distance(zone, site)` of the housing sites, zone by zone.
    private func constrainedShare(
        _ park: BusinessPark, parkArea: Double, distance: (MilieuZone, HousingSite) -> Double
    ) throws -> Double {
        let housingNatives = natives(.housing)
        var constrainedArea = 0.0
        for zone in park.zones {
            var near: NativeGeometry?
            for (j, site) in catalogue.housing.enumerated() {
                let band = try housingNatives[j].buffer(distance(zone, site), quadrantSegments: quadrantSegments)
                near = try near.map { try $0.union(band) } ?? band
            }
            if let near { constrainedArea += try native(zone: zone).intersection(near).area() }
        }
        return min(1, constrainedArea / parkArea)
    }

    /// BP-5: the share (0-1) of the park's perimeter within `distance` metres of housing;
    /// nil when there is no housing.
    func facingShare(_ outline: NativeGeometry, housingUnion: NativeGeometry?, distance: Double) throws -> Double? {
        guard let housingUnion else { return nil }
        let boundary = try outline.boundary()
        let near = distance > 0 ? try housingUnion.buffer(distance, quadrantSegments: quadrantSegments) : housingUnion
        return try boundary.intersection(near).length() / boundary.length()
    }

    /// BP-5's band: the park's perimeter within `distance` less the accuracy of park and each
    /// housing site (at least 0) to within `distance` plus it.
    func facingShareBand(_ park: BusinessPark, _ outline: NativeGeometry, distance: Double) throws
        -> ClosedRange<Double>?
    {
        guard !catalogue.housing.isEmpty else { return nil }
        let boundary = try outline.boundary()
        let length = try boundary.length()
        guard length > 0 else { return nil }
        func share(_ sign: Double) throws -> Double {
            var near: NativeGeometry?
            for (j, site) in catalogue.housing.enumerated() {
                let d = max(0, distance + sign * (park.accuracy + site.accuracy))
                let band =
                    d > 0
                    ? try natives(.housing)[j].buffer(d, quadrantSegments: quadrantSegments) : natives(.housing)[j]
                near = try near.map { try $0.union(band) } ?? band
            }
            return try near.map { try boundary.intersection($0).length() / length } ?? 0
        }
        let low = try share(-1), high = try share(1)
        return low...max(low, high)
    }

    /// BP-2's band at the outlines' accuracy: the planned dwellings inside the contours of the
    /// lightest category less the summed accuracy (low) to those of the heaviest plus it (high).
    func dwellingsWithinRichtafstandBand(_ park: BusinessPark, areaType: AreaType) throws -> ClosedRange<Double>? {
        guard !park.zones.isEmpty else { return nil }
        func region(_ site: HousingSite, _ sign: Double) throws -> NativeGeometry {
            let type = self.areaType(site, default: areaType)
            let contours = try park.zones.map { zone in
                let r =
                    sign < 0
                    ? max(0, richtafstanden.distance(zone.lightestCategory, type) - zone.accuracy - site.accuracy)
                    : richtafstanden.distance(zone.category, type) + zone.accuracy + site.accuracy
                return try native(zone: zone).buffer(r, quadrantSegments: quadrantSegments)
            }
            // Not empty: the guard above.
            return try contours.dropFirst().reduce(contours[0]) { try $0.union($1) }
        }
        let low = try apportionedDwellings { try region($0, -1) }.lowerBound
        let high = try apportionedDwellings { try region($0, 1) }.upperBound
        return low...max(low, high)
    }

    /// BP-6: jobs per hectare of IBIS netto, else stated, else outline hectares.
    func jobDensity(_ park: BusinessPark, parkArea: Double) -> (jobsPerHectare: Double?, basis: DensityBasis) {
        let (hectares, basis): (Double, DensityBasis) =
            if let netto = park.ibis?.nettoHectares, netto > 0 {
                (netto, .ibisNetto)
            } else if let stated = park.statedHectares, stated > 0 {
                (stated, .stated)
            } else {
                (parkArea / squareMetresPerHectare, .outline)
            }
        return (park.jobs.map { Double($0) / hectares }, basis)
    }

    /// BP-6's band at the outline's stated accuracy: the jobs over the outline grown by it (low)
    /// to shrunk by it (high) where the hectares come from the outline; a stated or IBIS figure
    /// does not move with the outline, so its band is the value itself. Nil without jobs.
    func jobDensityBand(_ park: BusinessPark, _ outline: NativeGeometry, basis: DensityBasis) throws
        -> ClosedRange<Double>?
    {
        guard let jobs = park.jobs.map(Double.init) else { return nil }
        let measured = try jobDensity(park, parkArea: outline.area()).jobsPerHectare ?? 0
        guard basis == .outline else { return measured...measured }
        let grown = try outline.buffer(park.accuracy).area() / squareMetresPerHectare
        let shrunk = try outline.buffer(-park.accuracy).area() / squareMetresPerHectare
        // A park the accuracy can shrink away has no upper bound.
        let high = shrunk > 0 ? jobs / shrunk : Double.infinity
        return min(jobs / grown, measured)...max(high, measured)
    }

    /// BP-7: business land under planned housing, hectares.
    func businessLandLoss(_ outline: NativeGeometry, housingUnion: NativeGeometry?) throws -> Double {
        guard let housingUnion else { return 0 }
        return try SliverRule.area(outline.intersection(housingUnion)) / squareMetresPerHectare
    }

    /// BP-7's band at the outlines' stated accuracy, hectares: from the park shrunk by its
    /// accuracy against every housing site shrunk by its own (the least the outlines allow) to
    /// both grown (the most), the measured loss always inside.
    func businessLandLossBand(_ park: BusinessPark, _ outline: NativeGeometry, measured: Double) throws
        -> ClosedRange<Double>
    {
        let sites = catalogue.housing
        guard !sites.isEmpty else { return 0...0 }
        func housing(_ sign: Double) throws -> NativeGeometry? {
            var union: NativeGeometry?
            for (j, site) in sites.enumerated() {
                let grown = try natives(.housing)[j].buffer(sign * site.accuracy)
                union = try union.map { try $0.union(grown) } ?? grown
            }
            return union
        }
        let low = try housing(-1).map { try SliverRule.area(outline.buffer(-park.accuracy).intersection($0)) } ?? 0
        let high = try housing(1).map { try SliverRule.area(outline.buffer(park.accuracy).intersection($0)) } ?? 0
        return min(low / squareMetresPerHectare, measured)...max(high / squareMetresPerHectare, measured)
    }

    /// The planned dwellings of every housing site, each weighted by the share of its area
    /// inside `region(site)` (areal interpolation), as a low-high range; shared by BP-2 and SC-1.
    func apportionedDwellings(inside region: (HousingSite) throws -> NativeGeometry) throws -> ClosedRange<Double> {
        let housingNatives = natives(.housing)
        var low = 0.0, high = 0.0
        for (j, site) in catalogue.housing.enumerated() {
            guard let planned = site.plannedDwellings else { continue }
            let share = try housingNatives[j].intersection(region(site)).area() / housingNatives[j].area()
            low += share * Double(planned.lowerBound)
            high += share * Double(planned.upperBound)
        }
        return low...high
    }
}
