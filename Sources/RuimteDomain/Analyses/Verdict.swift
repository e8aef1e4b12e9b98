import RuimteGeometry

/// The measured edge distance between two outlines and the range the true distance may
/// take, given their positional accuracies.
///
/// Each outline may be off by its accuracy in any direction, so the true distance lies in
/// `near ... far` with `near = max(0, d - a)` and `far = d + a`, `a` the summed accuracy.
/// When the outlines overlap so deeply that the overlap survives shrinking by `a`, they
/// overlap on the ground too, and `far` is 0.
public struct DistanceRange: Sendable, Hashable {
    /// The measured edge-to-edge distance, metres.
    public var measured: Double
    /// The smallest distance the true outlines may have, metres.
    public var near: Double
    /// The largest distance the true outlines may have, metres.
    public var far: Double
    /// The summed positional accuracy, metres.
    public var accuracy: Double

    /// A range around `measured` for summed accuracy `accuracy`; `deepOverlap` says the
    /// outlines overlap by more than the accuracy.
    public init(measured: Double, accuracy: Double, deepOverlap: Bool = false) {
        self.measured = measured
        self.accuracy = accuracy
        near = max(0, measured - accuracy)
        far = deepOverlap ? 0 : measured + accuracy
    }

    /// The range for two native outlines with summed accuracy `accuracy`.
    /// A gap narrower than ``SliverRule/tolerance`` is 0 m; an overlap that is only a sliver is
    /// touching, never a deep overlap.
    public init(_ a: NativeGeometry, _ b: NativeGeometry, accuracy: Double) throws {
        let d = SliverRule.gap(try a.distance(b))
        var deep = false
        if d == 0 {
            let overlap = try a.intersection(b)
            deep = try !SliverRule.isSliver(overlap) && (accuracy == 0 || !overlap.buffer(-accuracy).isEmpty())
        }
        self.init(measured: d, accuracy: accuracy, deepOverlap: deep)
    }
}

/// The outcome of a milieuzonering distance test, honest about positional accuracy.
///
/// The test is `distance < required` (strict: a dwelling exactly at the richtafstand
/// complies). It is decided only when every distance the true outlines may have (see
/// ``DistanceRange``) gives the same answer; otherwise it is ``undetermined``.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Closer than required for every possible true outline.
    case conflict
    /// At or beyond the required distance for every possible true outline.
    case noConflict = "no_conflict"
    /// The answer depends on where the true outlines lie.
    case undetermined

    /// Decides `distance < required` over the whole `range`.
    public init(_ range: DistanceRange, required: Double) {
        if range.far < required {
            self = .conflict
        } else if range.near >= required {
            self = .noConflict
        } else {
            self = .undetermined
        }
    }
}

/// The outcome of a "within X metres" question, honest about positional accuracy.
public enum WithinVerdict: String, Sendable, Codable {
    /// Within the distance (inclusive) for every possible true outline.
    case within
    /// Beyond the distance for every possible true outline.
    case beyond
    /// The answer depends on where the true outlines lie.
    case undetermined

    /// Decides `distance <= threshold` over the whole `range`.
    public init(_ range: DistanceRange, threshold: Double) {
        if range.far <= threshold {
            self = .within
        } else if range.near > threshold {
            self = .beyond
        } else {
            self = .undetermined
        }
    }
}
