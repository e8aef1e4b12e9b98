/// What the constraints of one kind mean for new housing on a site, honest about accuracy.
public enum ConstraintVerdict: String, Sendable, Hashable, CaseIterable {
    /// No constraint of the kind reaches the site, even with the outlines moved by their accuracy.
    case clear
    /// Only soft constraints lie on the site for certain: housing needs a motivation or measures.
    case soft
    /// A hard constraint lies on the site for certain: no new sensitive function there.
    case hard
    /// The answer depends on where the true outlines lie.
    case undetermined

    /// Decides the verdict from each constraint's overlap band (m², low to high) and effect:
    /// hard when a hard one overlaps at its low end; undetermined when one only overlaps at its
    /// high end (above a soft one that is certain, or with nothing certain); soft when only soft
    /// ones overlap at their low ends; clear when none overlaps even at its high end.
    public init(_ overlaps: [(effect: ConstraintEffect, band: ClosedRange<Double>)]) {
        let hard = overlaps.filter { $0.effect == .hard }, soft = overlaps.filter { $0.effect == .soft }
        if hard.contains(where: { $0.band.lowerBound > 0 }) {
            self = .hard
        } else if hard.contains(where: { $0.band.upperBound > 0 }) {
            self = .undetermined
        } else if soft.contains(where: { $0.band.lowerBound > 0 }) {
            self = .soft
        } else if soft.contains(where: { $0.band.upperBound > 0 }) {
            self = .undetermined
        } else {
            self = .clear
        }
    }

}
