import ArgumentParser
import RuimteDomain

extension BAGDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// How BAG layers (an LV BAG extract, bag-light, 3DBAG) are read: the reference date of
/// their history and the statuses that count.
struct BAGOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Reference date for BAG history: each object's voorkomen valid on this day (YYYY-MM-DD; default: today).",
            valueName: "date"))
    var on: BAGDate?

    @Option(
        help: ArgumentHelp(
            "A pand status that counts as a standing building; repeat for more (default: in use, in use (niet "
                + "ingemeten), verbouwing, buiten gebruik, sloopvergunning verleend).",
            valueName: "status"))
    var buildingStatus: [String] = []

    @Option(
        help: ArgumentHelp(
            "Floors per pand from another layer joined by identificatie, e.g. a 3DBAG GeoPackage's pand layer "
                + "(b3_bouwlagen, or b3_h_dak_70p above b3_h_maaiveld); for panden that state no floors.",
            valueName: "file"))
    var floorsFrom: String?

    /// The reference date, today when none is given.
    var date: BAGDate { on ?? .today() }

    /// The building filter the options choose.
    var buildingFilter: BuildingFilter { buildingStatus.isEmpty ? .bag : BuildingFilter(statuses: buildingStatus) }
}
