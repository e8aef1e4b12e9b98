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
    case noLoss = "no_loss"
    /// Exempt: less than 1 ha, at most milieucategorie 3, not watergebonden.
    case exempt
    /// Compensation in the region is required.
    case required
    /// The exemption depends on facts not stated (category or watergebonden).
    case undetermined
    /// The loss's band at the outlines' accuracy spans more than one verdict.
    case openAtAccuracy = "undetermined_accuracy"
}

/// The per-park signal: red, orange, green, or why no colour can be given.
public enum TrafficLight: String, Sendable, Codable, Comparable {
    case red, orange, green
    case undetermined
    case noData = "no_data"

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

/// What the BP-6 densities divide by.
public enum DensityBasis: String, Sendable, Codable {
    /// IBIS netto hectares (business plots only).
    case ibisNetto = "ibis_netto"
    /// Hectares as a source states them.
    case stated
    /// The bruto area of the drawn outline.
    case outline
}

extension CompensationVerdict {
    /// The Zuid-Holland rule for `lossHectares` of business land lost from `park`: exempt only
    /// below ``PressureParameters/compensationExemptHectares``, at most
    /// ``PressureParameters/compensationExemptCategory`` and not watergebonden.
    /// The rule over BP-7's band: the verdict both ends give, or ``openAtAccuracy``.
    public init(band: ClosedRange<Double>, park: BusinessPark, parameters: PressureParameters) {
        let low = CompensationVerdict(lossHectares: band.lowerBound, park: park, parameters: parameters)
        let high = CompensationVerdict(lossHectares: band.upperBound, park: park, parameters: parameters)
        self = low == high ? low : .openAtAccuracy
    }

    public init(lossHectares loss: Double, park: BusinessPark, parameters: PressureParameters) {
        if loss == 0 {
            self = .noLoss
        } else if loss >= parameters.compensationExemptHectares
            || (park.maxCategory.map { $0 > parameters.compensationExemptCategory } ?? false) || park.waterBound == true
        {
            self = .required
        } else if park.maxCategory == nil || park.waterBound == nil {
            self = .undetermined
        } else {
            self = .exempt
        }
    }
}

/// Why a park's traffic light has its colour: one reason per rule that fired.
public enum PressureReason: Sendable, Hashable {
    /// BP-3 decided: zoned this many steps heavier than nearby housing permits (red).
    case stepsLost(Int)
    /// BP-3 undetermined between these step counts.
    case stepsUndetermined(low: Int, high: Int)
    /// No milieucategorie is known (no data).
    case noCategory
    /// BP-4 above the threshold: this share (0-1) of the park is constrained (orange).
    case constrained(share: Double)
    /// BP-7: this many hectares of business land lost need compensation (orange).
    case compensationRequired(hectares: Double)
    /// BP-4's band lies across the threshold (undetermined).
    case constrainedOpen(low: Double, high: Double)
    /// BP-7's band leaves the compensation verdict open (undetermined).
    case compensationOpen(low: Double, high: Double)
    /// IBIS reports no land terstond uitgeefbaar (orange).
    case noLandForSale
    /// No rule fired (green).
    case none
}

extension TrafficLight {
    /// The per-park signal and its reasons: red when BP-3 is decided above 0; orange when BP-4
    /// exceeds the threshold, when lost land needs compensation, or when IBIS reports no land
    /// terstond uitgeefbaar; undetermined or no data from BP-3; else green. No weighted score.
    public static func rule(
        headroom: Headroom, constrainedShare: Double?, constrainedBand: ClosedRange<Double>? = nil,
        lossHectares: Double, compensation: CompensationVerdict,
        lossBand: ClosedRange<Double>? = nil, terstondUitgeefbaar: Double?, parameters: PressureParameters
    ) -> (TrafficLight, [PressureReason]) {
        var light = TrafficLight.green
        var reasons: [PressureReason] = []
        func raise(_ to: TrafficLight, _ why: PressureReason) {
            light = min(light, to)
            reasons.append(why)
        }
        switch headroom {
        case .steps(let n) where n > 0: raise(.red, .stepsLost(n))
        case .undetermined(let low, let high): raise(.undetermined, .stepsUndetermined(low: low, high: high))
        case .noData: raise(.noData, .noCategory)
        default: break
        }
        // BP-4 turns the light orange only where its whole band lies above the threshold; a band
        // across it leaves an otherwise green park undetermined.
        let threshold = parameters.constrainedShareThreshold
        if let share = constrainedShare, share > threshold, (constrainedBand?.lowerBound ?? share) > threshold {
            raise(.orange, .constrained(share: share))
        } else if let band = constrainedBand, band.upperBound > threshold, band.lowerBound <= threshold {
            if light == .green { light = .undetermined }
            reasons.append(.constrainedOpen(low: band.lowerBound, high: band.upperBound))
        }
        if compensation == .required { raise(.orange, .compensationRequired(hectares: lossHectares)) }
        // An open BP-7 makes a park that is otherwise green undetermined; "no data" stays what it is.
        if compensation == .openAtAccuracy, let lossBand {
            if light == .green { light = .undetermined }
            reasons.append(.compensationOpen(low: lossBand.lowerBound, high: lossBand.upperBound))
        }
        if let terstondUitgeefbaar, terstondUitgeefbaar == 0 { raise(.orange, .noLandForSale) }
        if reasons.isEmpty { reasons.append(.none) }
        return (light, reasons)
    }
}
