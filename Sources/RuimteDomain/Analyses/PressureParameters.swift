/// The thresholds and radii of the space-pressure metrics, named so that the computation and
/// the notes under every table read the same numbers (definitions in notebooks-md/metrics.md).
public struct PressureParameters: Sendable, Hashable {
    /// BP-4 share (0-1) of a park inside the richtafstand of housing above which its light
    /// turns orange; to be agreed with the planners.
    public var constrainedShareThreshold: Double
    /// BP-7: business land lost of at least this many hectares always needs compensation
    /// (Omgevingsverordening Zuid-Holland).
    public var compensationExemptHectares: Double
    /// BP-7: the heaviest milieucategorie still exempt from compensation (category 3: 3.1/3.2).
    public var compensationExemptCategory: Milieucategorie
    /// SC-1 catchment radii, metres (Leiden woonservicezone 300/500 m, CROW 1000 m).
    public var catchmentRadii: [Double]
    /// SC-3 catchment radius for the overlap between centres, metres.
    public var catchmentOverlapRadius: Double

    /// The values of notebooks-md/metrics.md.
    public static let standard = PressureParameters(
        constrainedShareThreshold: 0.25, compensationExemptHectares: 1, compensationExemptCategory: .c3_2,
        catchmentRadii: [300, 500, 1000], catchmentOverlapRadius: 500)
}

/// Square metres in a hectare.
public let squareMetresPerHectare = 10_000.0
