import RuimteGeometry

/// The space-pressure metrics of one business park (definitions in notebooks-md/metrics.md).
public struct ParkPressure: Sendable {
    /// The park.
    public var park: SiteRef
    /// Computed area of the outline, hectares (bruto).
    public var hectares: Double
    /// The same as stated (`3.1-3.2` for an IBIS main class).
    public var maxCategoryText: String?
    /// BP-2: planned dwellings within the richtafstand of any zone, apportioned by the share
    /// of each housing site's area inside the contour (low, high); nil without a category.
    public var dwellingsWithinRichtafstand: ClosedRange<Double>?
    /// BP-3: category steps lost to nearby housing.
    public var headroom: Headroom
    /// BP-4: share of the park (bruto) inside the richtafstand of housing, 0-1; nil without a category.
    public var constrainedShare: Double?
    /// BP-4 at the outlines' accuracy and the category range (low, high); nil without a category.
    public var constrainedBand: ClosedRange<Double>?
    /// BP-5: share of the park's perimeter within ``facingDistance`` of housing, 0-1.
    public var facingShare: Double?
    /// BP-5 at the outlines' accuracy (low, high); nil when BP-5 is.
    public var facingBand: ClosedRange<Double>?
    /// BP-2 at the outlines' accuracy and the category range (low, high); nil without a category.
    public var dwellingsBand: ClosedRange<Double>?
    /// The distance used for BP-5, metres.
    public var facingDistance: Double?
    /// BP-6: jobs per hectare, nil when no job count is stated.
    public var jobsPerHectare: Double?
    /// BP-6 at the outline's accuracy (low, high); the value itself when the hectares are stated
    /// or from IBIS, the upper bound infinite when the accuracy shrinks the park away; nil
    /// without a job count.
    public var jobsPerHectareBand: ClosedRange<Double>?
    /// What the BP-6 hectares are.
    public var densityBasis: DensityBasis
    /// BP-7: business land covered by planned housing, hectares.
    public var lossHectares: Double
    /// BP-7 at the outlines' accuracy (low, high), hectares.
    public var lossBand: ClosedRange<Double>
    /// BP-7: whether that loss needs compensation.
    public var compensation: CompensationVerdict
    /// The summary signal.
    public var light: TrafficLight
    /// Why the light has its colour, one line each.
    public var reasons: [PressureReason]
}

extension SpatialAnalysis {
    /// BP-2 to BP-7 and the traffic light for every park, sorted by id.
    ///
    /// - Parameters:
    ///   - areaType: the omgevingstype for housing sites that do not state one.
    ///   - facingDistance: BP-5's distance X; by default the richtafstand of the park's
    ///     heaviest category in gemengd gebied.
    ///   - parameters: the thresholds of the traffic light and the compensation rule.
    public func parkPressure(
        areaType: AreaType, facingDistance: Double? = nil,
        parameters: PressureParameters = .standard
    ) throws -> [ParkPressure] {
        try remembered(["parkPressure", areaType, facingDistance, parameters] as [AnyHashable]) {
            let housingUnion = try union(.housing)
            return try catalogue.parks.enumerated().map { index, park in
                let outline = natives(.parks)[index]
                let parkArea = try outline.area()
                let headroom = try headroom(park, areaType: areaType)
                let constrained = try constrainedShare(park, parkArea: parkArea, areaType: areaType)
                let constrainedBand = try constrainedShareBand(park, parkArea: parkArea, areaType: areaType)
                let x = facingDistance ?? park.maxCategory.map { richtafstanden.distance($0, .gemengd) }
                let facing = try x.flatMap { try facingShare(outline, housingUnion: housingUnion, distance: $0) }
                let facingBand = try x.flatMap { try facingShareBand(park, outline, distance: $0) }
                let density = jobDensity(park, parkArea: parkArea)
                let loss = try businessLandLoss(outline, housingUnion: housingUnion)
                let band = try businessLandLossBand(park, outline, measured: loss)
                let compensation = CompensationVerdict(band: band, park: park, parameters: parameters)
                let (light, reasons) = TrafficLight.rule(
                    headroom: headroom, constrainedShare: constrained, constrainedBand: constrainedBand,
                    lossHectares: loss,
                    compensation: compensation, lossBand: band,
                    terstondUitgeefbaar: park.ibis?.terstondUitgeefbaarHectares,
                    parameters: parameters)
                return ParkPressure(
                    park: SiteRef(park.record), hectares: parkArea / squareMetresPerHectare,
                    maxCategoryText: park.maxCategoryText,
                    dwellingsWithinRichtafstand: try dwellingsWithinRichtafstand(park, areaType: areaType),
                    headroom: headroom,
                    constrainedShare: constrained, constrainedBand: constrainedBand, facingShare: facing,
                    facingBand: facing == nil ? nil : facingBand,
                    dwellingsBand: try dwellingsWithinRichtafstandBand(park, areaType: areaType),
                    facingDistance: facing == nil ? nil : x,
                    jobsPerHectare: density.jobsPerHectare,
                    jobsPerHectareBand: try jobDensityBand(park, outline, basis: density.basis),
                    densityBasis: density.basis, lossHectares: loss,
                    lossBand: band, compensation: compensation,
                    light: light, reasons: reasons)
            }
        }
    }
}
