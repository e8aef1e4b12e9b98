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

/// What the BP-6 densities divide by.
public enum DensityBasis: String, Sendable, Codable {
    /// IBIS netto hectares (business plots only).
    case ibisNetto = "netto (IBIS)"
    /// Hectares as a source states them.
    case stated
    /// The bruto area of the drawn outline.
    case outline = "bruto (outline)"
}

extension CompensationVerdict {
    /// The Zuid-Holland rule for `lossHectares` of business land lost from `park`: exempt only
    /// below ``PressureParameters/compensationExemptHectares``, at most
    /// ``PressureParameters/compensationExemptCategory`` and not watergebonden.
    public init(lossHectares loss: Double, park: BusinessPark, parameters: PressureParameters) {
        if loss == 0 {
            self = .noLoss
        } else if loss >= parameters.compensationExemptHectares
                    || (park.maxCategory.map { $0 > parameters.compensationExemptCategory } ?? false) || park.waterBound == true {
            self = .required
        } else if park.maxCategory == nil || park.waterBound == nil {
            self = .undetermined
        } else {
            self = .exempt
        }
    }
}

extension TrafficLight {
    /// The per-park signal and its reasons: red when BP-3 is decided above 0; orange when BP-4
    /// exceeds the threshold, when lost land needs compensation, or when IBIS reports no land
    /// terstond uitgeefbaar; undetermined or no data from BP-3; else green. No weighted score.
    public static func rule(headroom: Headroom, constrainedShare: Double?, lossHectares: Double, compensation: CompensationVerdict,
                            terstondUitgeefbaar: Double?, parameters: PressureParameters) -> (TrafficLight, [String]) {
        var light = TrafficLight.green
        var reasons: [String] = []
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
        if let share = constrainedShare, share > parameters.constrainedShareThreshold {
            raise(.orange, "BP-4: \(FixedDecimal.format(share * 100, 0))% of the park lies within the richtafstand of housing")
        }
        if compensation == .required {
            raise(.orange, "BP-7: \(FixedDecimal.format(lossHectares, 2)) ha of business land under planned housing needs compensation (compensation sites are not modelled)")
        }
        if let terstondUitgeefbaar, terstondUitgeefbaar == 0 {
            raise(.orange, "no land terstond uitgeefbaar (IBIS)")
        }
        if reasons.isEmpty { reasons.append("no signal of pressure at this data's accuracy") }
        return (light, reasons)
    }
}
