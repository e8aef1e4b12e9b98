import RuimteDomain
import RuimteFormats

/// The business-park metrics, in the order of the pressure table (definitions, units and
/// sources in notebooks-md/metrics.md).
public enum ParkMetrics {
    /// Every metric of a park, given the traffic light's parameters.
    public static func all(_ parameters: PressureParameters = .standard) -> [Metric<ParkPressure>] {
        [
            Metric("park_id", header: Label.columnPark(), compared: false) { .site($0.park) },
            Metric(
                "light", header: Label.columnSignal(),
                legend: Label.legendSignal(.number(parameters.constrainedShareThreshold, 2, trim: true))
            ) {
                .light($0.light)
            },
            Metric("max_category", header: Label.columnCategory(), legend: Label.legendMaxCategory()) {
                .text($0.maxCategoryText)
            },
            Metric(
                "headroom_steps", code: "BP-3", header: Label.columnBp3(), kind: .range, legend: Label.legendBP3(),
                definition: .definitionBP3, band: .bandOutlines
            ) { headroomCell($0.headroom) },
            Metric(
                "constrained_share", code: "BP-4", header: Label.columnBp4(), kind: .number, legend: Label.legendBP4(),
                definition: .definitionBP4
            ) { .number($0.constrainedShare, 3) },
            Metric(
                "constrained_band", header: Label.columnBp4Band(), kind: .range, role: .detail,
                legend: Label.legendBP4Band(), band: .bandOutlines, compared: false
            ) { p in p.constrainedBand.map { .interval($0.lowerBound, $0.upperBound, decimals: 3) } ?? .missing },
            Metric(
                "facing_share", code: "BP-5", header: Label.columnBp5(), kind: .number, legend: Label.legendBP5(),
                definition: .definitionBP5
            ) { .number($0.facingShare, 3) },
            Metric(
                "facing_band", header: Label.columnBp5Band(), kind: .range, role: .detail,
                legend: Label.legendBandOutlines(), band: .bandOutlines, compared: false
            ) { p in p.facingBand.map { .interval($0.lowerBound, $0.upperBound, decimals: 3) } ?? .missing },
            Metric(
                "dwellings_within", code: "BP-2", header: Label.columnBp2(), kind: .range, legend: Label.legendBP2(),
                definition: .definitionBP2, band: .bandSources
            ) { .range($0.dwellingsWithinRichtafstand, 0) },
            Metric(
                "dwellings_band", header: Label.columnBp2Band(), kind: .range, role: .detail,
                legend: Label.legendBandOutlines(), band: .bandOutlines, compared: false
            ) { .range($0.dwellingsBand, 0) },
        ] + later
    }

    /// BP-6 and BP-7, the park's size and the reasons.
    private static let later: [Metric<ParkPressure>] = [
        Metric(
            "jobs_per_ha", code: "BP-6", header: Label.columnBp6(), kind: .number, legend: Label.legendBP6(),
            definition: .definitionBP6
        ) { .number($0.jobsPerHectare, 1) },
        Metric(
            "jobs_per_ha_band", header: Label.columnBp6Band(), kind: .range, role: .detail,
            legend: Label.legendBP6Band(), band: .bandOutlines, compared: false
        ) { .range($0.jobsPerHectareBand, 1) },
        Metric(
            "loss_ha", code: "BP-7", header: Label.columnBp7Ha(), kind: .number, legend: Label.legendBP7(),
            definition: .definitionBP7
        ) { .number($0.lossHectares, decimals: 2) },
        Metric(
            "loss_band_ha", header: Label.columnBp7BandHa(), kind: .range, role: .detail,
            legend: Label.legendBP7Band(), band: .bandOutlines, compared: false
        ) { .interval($0.lossBand.lowerBound, $0.lossBand.upperBound, decimals: 2) },
        Metric("compensation", header: Label.columnBp7Compensation(), legend: Label.legendBP7Compensation()) {
            .compensation($0.compensation)
        },
        Metric(
            "area_ha", header: Label.columnSizeHa(), kind: .number, role: .detail,
            legend: Label.legendComputedArea()
        ) { .number($0.hectares, decimals: 2) },
        // Machines get the reasons in English words, people in their language.
        Metric("reasons", header: Label.columnWhy(), role: .note, compared: false) { p in
            .phrase(.joined(p.reasons.map(\.phrase), separator: "; "))
        },
    ]

    static func headroomCell(_ headroom: Headroom) -> Cell {
        switch headroom {
        case .steps(let n): .interval(Double(n), Double(n), decimals: 0)
        case .undetermined(let low, let high): .interval(Double(low), Double(high), decimals: 0)
        case .noData: .missing
        }
    }
}
