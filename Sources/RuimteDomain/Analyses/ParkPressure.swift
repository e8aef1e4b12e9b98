import RuimteFormats
import RuimteGeometry

/// How many milieucategorie steps nearby housing takes from a park (metric BP-3).
public enum Headroom: Sendable, Hashable {
    /// The park's zones are zoned this many steps heavier than nearby housing permits
    /// (0: no loss).
    case steps(Int)
    /// Between `low` and `high` steps: the outlines are too inaccurate to say.
    case undetermined(low: Int, high: Int)
    /// No milieucategorie is known for the park.
    case noData
}

/// Whether business land lost to housing must be compensated under the Zuid-Holland
/// rule (Omgevingsverordening, as quoted in bestemmingsplan Lammenschansweg-Hof 36).
public enum CompensationVerdict: String, Sendable, Codable {
    /// No business land is lost.
    case noLoss = "no loss"
    /// Exempt: less than 1 ha, at most milieucategorie 3, not watergebonden.
    case exempt
    /// Compensation in the region is required.
    case required
    /// The exemption depends on facts not stated (category or watergebonden).
    case undetermined = "undetermined (category or watergebonden not stated)"
}

/// The per-park signal: red, orange, green, or why no colour can be given.
public enum TrafficLight: String, Sendable, Codable, Comparable {
    case red, orange, green
    case undetermined = "undetermined at this accuracy"
    case noData = "no data"

    private var rank: Int {
        switch self {
        case .red: 0
        case .orange: 1
        case .undetermined: 2
        case .noData: 3
        case .green: 4
        }
    }
    public static func < (a: TrafficLight, b: TrafficLight) -> Bool { a.rank < b.rank }
}

/// The space-pressure metrics of one business park (definitions in notebooks-md/metrics.md).
public struct ParkPressure: Sendable {
    /// The park.
    public var park: SiteRef
    /// Computed area of the outline, hectares (bruto).
    public var hectares: Double
    /// Heaviest zoned milieucategorie, nil when unknown.
    public var maxCategory: Milieucategorie?
    /// BP-2: planned dwellings within the richtafstand of any zone, apportioned by the share
    /// of each housing site's area inside the contour (low, high); nil without a category.
    public var dwellingsWithinRichtafstand: ClosedRange<Double>?
    /// BP-3: category steps lost to nearby housing.
    public var headroom: Headroom
    /// BP-4: share of the park (bruto) inside the richtafstand of housing, 0-1; nil without a category.
    public var constrainedShare: Double?
    /// BP-4 in hectares.
    public var constrainedHectares: Double?
    /// BP-5: share of the park's perimeter within ``facingDistance`` of housing, 0-1.
    public var facingShare: Double?
    /// The distance used for BP-5, metres.
    public var facingDistance: Double?
    /// BP-6: jobs per hectare, nil when no job count is stated.
    public var jobsPerHectare: Double?
    /// BP-6: firms per hectare, nil when no firm count is stated.
    public var firmsPerHectare: Double?
    /// What the BP-6 hectares are: "netto (IBIS)", "stated", or "bruto (outline)".
    public var densityBasis: String
    /// BP-7: business land covered by planned housing, hectares.
    public var lossHectares: Double
    /// BP-7: whether that loss needs compensation.
    public var compensation: CompensationVerdict
    /// Land for sale now (IBIS terstond uitgeefbaar), hectares; nil without IBIS data.
    public var terstondUitgeefbaar: Double?
    /// The summary signal.
    public var light: TrafficLight
    /// Why the light has its colour, one line each.
    public var reasons: [String]
}

extension SpatialAnalysis {
    /// BP-2 to BP-7 and the traffic light for every park, sorted by id.
    ///
    /// - Parameters:
    ///   - areaType: the omgevingstype for housing sites that do not state one.
    ///   - facingDistance: BP-5's distance X; by default the richtafstand of the park's
    ///     heaviest category in gemengd gebied.
    ///   - constrainedThreshold: BP-4 share above which the light turns orange.
    public func parkPressure(areaType: AreaType, facingDistance: Double? = nil,
                             constrainedThreshold: Double = 0.25) throws -> [ParkPressure] {
        let housing = catalogue.housing
        let housingNatives = natives(.housing)
        let housingUnion = try union(.housing)
        var result: [ParkPressure] = []
        for (parkIndex, park) in catalogue.parks.enumerated() {
            let outline = natives(.parks)[parkIndex]
            let parkArea = try outline.area()
            var reasons: [String] = []

            // BP-3: headroom, pessimistic (outlines closer by the accuracy) and optimistic.
            var headroom = Headroom.noData
            if !park.zones.isEmpty {
                var low = 0, high = 0
                for zone in park.zones {
                    let zoneNative = try native(zone: zone)
                    var allowedNear = Milieucategorie.allCases.count, allowedFar = Milieucategorie.allCases.count
                    for (j, site) in housing.enumerated() {
                        let range = try DistanceRange(zoneNative, housingNatives[j], accuracy: zone.accuracy + site.accuracy)
                        let type = self.areaType(site, default: areaType)
                        allowedNear = min(allowedNear, richtafstanden.heaviestCategory(allowedAt: range.near, type)?.step ?? 0)
                        allowedFar = min(allowedFar, richtafstanden.heaviestCategory(allowedAt: range.far, type)?.step ?? 0)
                    }
                    high = max(high, zone.category.step - allowedNear)
                    low = max(low, zone.category.step - allowedFar)
                }
                headroom = low == high ? .steps(low) : .undetermined(low: low, high: high)
            }

            // BP-2 and BP-4 need the category contours.
            var dwellings: ClosedRange<Double>?
            var constrained: Double?
            if !park.zones.isEmpty {
                var lowCount = 0.0, highCount = 0.0, constrainedArea = 0.0
                for (j, site) in housing.enumerated() {
                    guard let planned = site.plannedDwellings else { continue }
                    let type = self.areaType(site, default: areaType)
                    let contours = try park.zones.map { try native(zone: $0).buffer(richtafstanden.distance($0.category, type), quadrantSegments: quadrantSegments) }
                    var contour = contours[0]
                    for c in contours.dropFirst() { contour = try contour.union(c) }
                    let share = try housingNatives[j].intersection(contour).area() / housingNatives[j].area()
                    lowCount += share * Double(planned.lowerBound)
                    highCount += share * Double(planned.upperBound)
                }
                dwellings = lowCount...highCount
                for zone in park.zones {
                    var near: NativeGeometry?
                    for (j, site) in housing.enumerated() {
                        let r = richtafstanden.distance(zone.category, self.areaType(site, default: areaType))
                        let band = try housingNatives[j].buffer(r, quadrantSegments: quadrantSegments)
                        near = try near.map { try $0.union(band) } ?? band
                    }
                    if let near { constrainedArea += try native(zone: zone).intersection(near).area() }
                }
                constrained = constrainedArea / parkArea
            }

            // BP-5: perimeter within X of housing.
            var facing: Double?
            let x = facingDistance ?? park.maxCategory.map { richtafstanden.distance($0, .gemengd) }
            if let x, let housingUnion {
                let boundary = try outline.boundary()
                let near = x > 0 ? try housingUnion.buffer(x, quadrantSegments: quadrantSegments) : housingUnion
                facing = try boundary.intersection(near).length() / boundary.length()
            }

            // BP-6: jobs and firms per hectare.
            let (hectares, basis): (Double, String) = if let netto = park.ibis?.nettoHectares, netto > 0 {
                (netto, "netto (IBIS)")
            } else if let stated = park.statedHectares, stated > 0 {
                (stated, "stated")
            } else {
                (parkArea / 10_000, "bruto (outline)")
            }

            // BP-7: business land under planned housing, and the compensation rule.
            var loss = 0.0
            if let housingUnion { loss = try outline.intersection(housingUnion).area() / 10_000 }
            let compensation: CompensationVerdict
            if loss == 0 {
                compensation = .noLoss
            } else if loss >= 1 || (park.maxCategory.map { $0 > .c3_2 } ?? false) || park.waterBound == true {
                compensation = .required
            } else if park.maxCategory == nil || park.waterBound == nil {
                compensation = .undetermined
            } else {
                compensation = .exempt
            }

            // The light.
            var light = TrafficLight.green
            func raise(_ to: TrafficLight, _ why: String) {
                light = min(light, to)
                reasons.append(why)
            }
            switch headroom {
            case .steps(let n) where n > 0:
                raise(.red, "BP-3: zoned \(n) milieucategorie step\(n == 1 ? "" : "s") heavier than nearby housing permits")
            case .undetermined(let low, let high):
                raise(.undetermined, "BP-3: \(low) to \(high) steps lost; the outlines are too inaccurate to decide")
            case .noData:
                raise(.noData, "no milieucategorie stated: milieuzonering cannot be assessed")
            default: break
            }
            if let constrained, constrained > constrainedThreshold {
                raise(.orange, "BP-4: \(FixedDecimal.format(constrained * 100, 0))% of the park lies within the richtafstand of housing")
            }
            if compensation == .required {
                raise(.orange, "BP-7: \(FixedDecimal.format(loss, 2)) ha of business land under planned housing needs compensation (compensation sites are not modelled)")
            }
            if let terstond = park.ibis?.terstondUitgeefbaarHectares, terstond == 0 {
                raise(.orange, "no land terstond uitgeefbaar (IBIS)")
            }
            if reasons.isEmpty { reasons.append("no signal of pressure at this data's accuracy") }

            result.append(ParkPressure(
                park: SiteRef(park.record), hectares: parkArea / 10_000, maxCategory: park.maxCategory,
                dwellingsWithinRichtafstand: dwellings, headroom: headroom, constrainedShare: constrained,
                constrainedHectares: constrained.map { $0 * parkArea / 10_000 }, facingShare: facing, facingDistance: facing == nil ? nil : x,
                jobsPerHectare: park.jobs.map { Double($0) / hectares }, firmsPerHectare: park.firms.map { Double($0) / hectares },
                densityBasis: basis, lossHectares: loss, compensation: compensation,
                terstondUitgeefbaar: park.ibis?.terstondUitgeefbaarHectares, light: light, reasons: reasons))
        }
        return result
    }
}
