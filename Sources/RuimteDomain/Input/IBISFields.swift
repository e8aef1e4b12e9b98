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
/// | `max_hindercat_terrein` (main class 1-6) | milieucategorie: the whole class (3 is 3.1-3.2) |
///
/// IBIS records only the main class of the milieucategorie (3.2 is stored as 3), so the zone
/// gets the class's range of sub-categories and every verdict that differs within it reads
/// "undetermined", with a warning. Shapefile-truncated names (`max_hinder`, `opp_tersto`)
/// are read too. Official exports are taken to be accurate to 1 m unless `accuracy_m` says otherwise.
public enum IBISFields {
    /// True when the feature carries an IBIS terrain number and at least one IBIS figure
    /// (an `id` column beside them does not matter).
    static func looksLikeIBIS(_ feature: CheckedFeature) -> Bool {
        let p = PropertyReader(feature)
        return p.has("rin_nummer", "terrein_id")
            && p.has("plannaam", "opp_bruto", "opp_netto", "opp_terstond_uitgeefbaar", "max_hindercat_terrein")
    }

    static func park(
        _ feature: CheckedFeature, _ p: inout PropertyReader, file: String,
        warnings: inout [LoadProblem]
    ) -> BusinessPark {
        let id = p.string("rin_nummer", "terrein_id") ?? feature.id
        let name = p.string("plannaam", "naam", "name") ?? id
        let accuracy = p.accuracy() ?? 1
        let record = SiteRecord(
            id: id, name: name, layer: .parks, geometry: feature.geometry, accuracy: accuracy,
            sources: ["geometry": "IBIS export \(file)"], file: file)
        var zones: [MilieuZone] = []
        if let main = p.count("max_hindercat_terrein", "max_milieucategorie") {
            if let range = Milieucategorie.ibisMainClass(main) {
                let zone = MilieuZone(
                    covering: record, park: id, categories: range,
                    sources: ["milieucategorie": "IBIS max_hindercat_terrein \(main)"])
                zones = [zone]
                if range.lowerBound != range.upperBound {
                    warnings.append(
                        LoadProblem(
                            file: file, feature: feature.label,
                            message:
                                "IBIS main class \(main) read as milieucategorie \(zone.categoryText), the whole "
                                + "class; verdicts that differ within it read undetermined"
                        ))
                }
            } else {
                p.problems.append("unknown IBIS main milieucategorie \(main); expected 1 to 6")
            }
        }
        let bruto = p.nonNegative("opp_bruto", unit: "hectares")
        let netto = p.nonNegative("opp_netto", unit: "hectares")
        let forSale = p.nonNegative("opp_terstond_uitgeefbaar", unit: "hectares")
        // IBIS accounts nest: netto (plots) within bruto, land for sale within netto.
        if let bruto, let netto, netto > bruto {
            p.problems.append(
                "opp_netto (\(FixedDecimal.format(netto, 2, trimZeros: true)) ha) exceeds opp_bruto "
                    + "(\(FixedDecimal.format(bruto, 2, trimZeros: true)) ha)"
            )
        }
        if let forSale, let limit = netto ?? bruto, forSale > limit {
            p.problems.append(
                "opp_terstond_uitgeefbaar (\(FixedDecimal.format(forSale, 2, trimZeros: true)) ha) exceeds "
                    + "\(netto != nil ? "opp_netto" : "opp_bruto") "
                    + "(\(FixedDecimal.format(limit, 2, trimZeros: true)) ha)"
            )
        }
        let accounts = IBISAccounts(brutoHectares: bruto, nettoHectares: netto, terstondUitgeefbaarHectares: forSale)
        return BusinessPark(record: record, zones: zones, statedHectares: bruto, ibis: accounts)
    }
}
