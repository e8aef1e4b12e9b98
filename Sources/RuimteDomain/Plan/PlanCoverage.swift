import RuimteGeometry

/// A plan's maximum bebouwingspercentage next to the coverage built: for every maatvoering
/// "maximum bebouwingspercentage (%)", the share of its area the buildings cover
/// (Σ area(footprint ∩ maatvoering) / area, in %, the GSI × 100 on that area).
public struct PlanCoverage: Sendable {
    /// The maatvoering.
    public var object: IMROPlan.Object
    /// Its area, m².
    public var area: Double
    /// The maximum the plan allows, %.
    public var allowedPercent: Double
    /// The share built, %.
    public var builtPercent: Double
    /// True when more is built than the plan allows (strictly).
    public var exceeds: Bool { builtPercent > allowedPercent }

    /// The coverage of every maximum-bebouwingspercentage maatvoering of `plan` by `buildings`.
    public static func measure(_ plan: IMROPlan, buildings: BuildingLayer, threads: Int = 1) throws -> [PlanCoverage] {
        let objects = plan.maximumCoverage
        let sums = try StreamingJoin.overlayAreas(
            polygons: objects.map(\.geometry), features: buildings.footprints,
            weights: [Double](repeating: 1, count: buildings.count), threads: threads)
        return zip(objects, sums).map { object, sum in
            PlanCoverage(
                object: object, area: sum.area, allowedPercent: object.value ?? 0,
                builtPercent: sum.area > 0 ? sum.covered / sum.area * 100 : 0)
        }
    }
}
