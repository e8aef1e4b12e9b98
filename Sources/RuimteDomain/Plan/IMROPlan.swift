import RuimteGeometry

/// An IMRO2012 bestemmingsplan as Ruimte reads it (GML as ruimtelijkeplannen.nl delivers it,
/// or the same layers in a GeoPackage): the plan's id and name, its bestemmingsvlakken
/// (Enkelbestemming), functieaanduidingen and maatvoeringen, in RD New.
public struct IMROPlan: Sendable {
    /// One plan object: its IMRO id (`NL.IMRO.…`), name and group.
    public struct Object: Sendable {
        /// The object's IMRO identification (its `gml:id`, or `identificatie`).
        public var id: String
        /// `naam` as the plan writes it, e.g. "Bedrijf" or "bedrijf tot en met categorie 3.1".
        public var name: String
        /// `bestemmingshoofdgroep` or `aanduidinghoofdgroep` (bedrijf, wonen, gemengd, …), lower case.
        public var group: String
        /// For a maatvoering: its `waarde` (e.g. 60 for a maximum bebouwingspercentage of 60 %).
        public var value: Double?
        /// The outline, metres.
        public var geometry: Geometry<XY>
    }

    /// The plan's IMRO id (`NL.IMRO.0546.BP…-0301`), or the file name when the plan area is missing.
    public var id: String
    /// The plan's name.
    public var name: String
    /// Enkelbestemmingen.
    public var bestemmingen: [Object] = []
    /// Functieaanduidingen.
    public var aanduidingen: [Object] = []
    /// Maatvoeringen.
    public var maatvoeringen: [Object] = []

    /// The bestemmingshoofdgroepen that allow business and become milieuzones.
    public static let businessGroups: Set<String> = ["bedrijf", "bedrijventerrein"]
    /// The hoofdgroepen of sensitive functions (existing housing) for milieuzonering.
    public static let sensitiveGroups: Set<String> = ["wonen", "gemengd"]

    /// The maatvoeringen that state a maximum bebouwingspercentage.
    public var maximumCoverage: [Object] {
        maatvoeringen.filter { $0.name.lowercased().contains("bebouwingspercentage") && $0.value != nil }
    }

    /// The wonen and gemengd bestemmingen as sites for the milieuzonering checks (existing
    /// sensitive functions), at the plan's accuracy.
    public var sensitiveSites: [HousingSite] {
        bestemmingen.filter { Self.sensitiveGroups.contains($0.group) }.map { object in
            HousingSite(
                record: SiteRecord(
                    id: object.id, name: object.name, layer: .housing, geometry: object.geometry,
                    accuracy: PlanZones.accuracy, sources: ["geometry": "bestemmingsplan \(id), \(object.id)"],
                    file: id))
        }
    }
}
