import RuimteDomain
import RuimteFormats

/// The shopping-centre metrics, in the order of the centre table (notebooks-md/metrics.md).
public enum CentreMetrics {
    /// Every metric of a centre, given the catchment radii and SC-3's radius in `parameters`.
    public static func all(_ parameters: PressureParameters = .standard) -> [Metric<CentrePressure>] {
        [Metric("centre_id", header: Label.columnCentre(), compared: false) { .site($0.centre) }]
            + parameters.catchmentRadii.enumerated().map { k, radius in
                Metric(
                    "dwellings_\(FixedDecimal.format(radius, 0))m", code: k == 0 ? "SC-1" : nil,
                    header: Label.columnSC1Radius(.number(radius, 0)), kind: .range,
                    definition: k == 0 ? .definitionSC1 : nil, band: .bandSources
                ) { c in
                    c.plannedDwellingsWithin.first { $0.radius == radius }.map { .range($0.dwellings, 0) } ?? .missing
                }
            }
            + parameters.catchmentRadii.map { radius in
                Metric(
                    "dwellings_\(FixedDecimal.format(radius, 0))m_band",
                    header: Label.columnSC1Band(.number(radius, 0)),
                    kind: .range, role: .detail, legend: Label.legendBandOutlines(), band: .bandOutlines,
                    compared: false
                ) { c in
                    c.plannedDwellingsBand.first { $0.radius == radius }.map { .range($0.dwellings, 0) } ?? .missing
                }
            }
            + [
                Metric(
                    "catchment_overlap", code: "SC-3", header: Label.columnSc3(), kind: .number,
                    legend: Label.legendSC3(.number(parameters.catchmentOverlapRadius, 0)),
                    definition: .definitionSC3
                ) { .number($0.catchmentOverlapShare, decimals: 3) },
                Metric(
                    "catchment_overlap_band", header: Label.columnSc3Band(), kind: .range, role: .detail,
                    legend: Label.legendSC3Band(), band: .bandOutlines, compared: false
                ) { .interval($0.catchmentOverlapBand.lowerBound, $0.catchmentOverlapBand.upperBound, decimals: 3) },
                // The nearest centre and its distance describe SC-3; the comparison keeps to the metrics.
                Metric("nearest_centre", header: Label.columnNearestCentre(), compared: false) { c in
                    c.nearestCentre.map { .site($0) } ?? .missing
                },
                Metric("nearest_m", header: Label.columnDistanceM(), kind: .number, compared: false) {
                    .number($0.nearestCentreDistance, 1)
                },
            ]
    }
}
