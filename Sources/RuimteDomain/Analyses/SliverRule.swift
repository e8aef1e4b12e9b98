import RuimteGeometry

/// The sliver rule: below one stated tolerance an overlap counts as touching and a gap as
/// touching, the same for overlaps, BP-7, distances, the milieuzonering checks and their
/// segments, and the scenario comparison.
///
/// Layers from different registers (IBIS outlines against plan boundaries, a layer converted
/// to ETRS89 and back) meet through slivers and gaps of millimetres to centimetres that
/// exist in no source; a verdict must not depend on them. The tolerance is 5 cm: above the
/// rounding of RFC 7946 GeoJSON (7 decimals, under 1.2 cm) and of RD New files (1 mm), above
/// the centimetre mismatches between registers, and far below any accuracy a site states
/// (BAG and BGT 0.1-0.3 m, the bundled outlines 75-1000 m).
public enum SliverRule {
    /// The tolerance, metres.
    public static let tolerance = 0.05

    /// `distance` with a gap narrower than the tolerance read as touching (0 m).
    public static func gap(_ distance: Double) -> Double { distance < tolerance ? 0 : distance }

    /// True when `shared` (an intersection of two outlines) is empty or a sliver: it vanishes
    /// when shrunk by half the tolerance, so it is nowhere as wide as the tolerance.
    public static func isSliver(_ shared: NativeGeometry) throws -> Bool {
        if try shared.isEmpty() || shared.area() == 0 { return true }
        return try shared.buffer(-tolerance / 2, quadrantSegments: 2).isEmpty()
    }

    /// The area of `shared`, m², 0 when it is a sliver.
    public static func area(_ shared: NativeGeometry) throws -> Double {
        try isSliver(shared) ? 0 : shared.area()
    }
}
