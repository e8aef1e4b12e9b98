import RuimteFormats
import RuimteGeometry

/// How an IBIS-style business-park export maps onto ``BusinessPark``.
///
/// IBIS (Integraal Bedrijventerreinen Informatie Systeem, provincie Zuid-Holland) describes
/// each terrain with its plan name, municipal number and area accounts computed from kavels
/// (see the province viewer's `v_terrein_oppervlakte`). Attribute names are matched
/// case-insensitively:
///
/// | IBIS attribute | Ruimte |
/// |---|---|
/// | `rin_nummer` (or `terrein_id`) | id |
/// | `plannaam` (or `naam`) | name |
/// | `opp_bruto` (ha) | bruto area, also the stated hectares |
/// | `opp_netto` (ha) | netto area |
/// | `opp_terstond_uitgeefbaar` (ha) | land for sale now |
/// | `max_hindercat_terrein` (main class 1-6) | milieucategorie: the lowest sub-category of the class |
///
/// IBIS records only the main class of the milieucategorie (3.2 is stored as 3), so the
/// category becomes the class's lowest sub-category, with a warning. Official exports are
/// taken to be accurate to 1 m unless `accuracy_m` says otherwise.
public enum IBISFields {
    /// True when the properties carry the IBIS identification fields.
    static func looksLikeIBIS(_ properties: [String: JSONValue]) -> Bool {
        let keys = Set(properties.keys.map { $0.lowercased() })
        return (keys.contains("rin_nummer") || keys.contains("terrein_id")) && !keys.contains("id")
    }

    static func park(_ feature: CheckedFeature, _ p: inout PropertyReader, file: String,
                     warnings: inout [LoadProblem]) -> BusinessPark {
        let id = p.string("rin_nummer", "terrein_id") ?? feature.id
        let name = p.string("plannaam", "naam", "name") ?? id
        let accuracy = p.number("accuracy_m") ?? 1
        let record = SiteRecord(id: id, name: name, layer: .parks, geometry: feature.geometry, accuracy: accuracy,
                                sources: ["geometry": "IBIS export \(file)"], file: file)
        var zones: [MilieuZone] = []
        if let main = p.count("max_hindercat_terrein", "max_milieucategorie") {
            if let category = Milieucategorie(ibisMainClass: main) {
                zones = [MilieuZone(id: id, parkID: id, name: name, category: category, geometry: feature.geometry,
                                    accuracy: accuracy, sources: ["milieucategorie": "IBIS max_hindercat_terrein \(main)"])]
                warnings.append(LoadProblem(file: file, feature: feature.label,
                                            message: "IBIS main class \(main) read as milieucategorie \(category.rawValue), the lowest sub-category of the class"))
            } else {
                p.problems.append("unknown IBIS main milieucategorie \(main); expected 1 to 6")
            }
        }
        let bruto = p.number("opp_bruto")
        let accounts = IBISAccounts(brutoHectares: bruto, nettoHectares: p.number("opp_netto"),
                                    terstondUitgeefbaarHectares: p.number("opp_terstond_uitgeefbaar"))
        return BusinessPark(record: record, zones: zones, statedHectares: bruto, ibis: accounts)
    }
}
