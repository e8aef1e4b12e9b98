import RuimteFormats
import RuimteGeometry

/// How an IBIS business-park export maps onto ``BusinessPark``, in every vintage.
///
/// IBIS (Integraal Bedrijventerreinen Informatie Systeem, provincie Zuid-Holland) describes
/// each terrain with its plan name, RIN number and area accounts computed from kavels. Names
/// are matched case-insensitively, also as a Shapefile cuts them to 10 characters:
///
/// | Ruimte | current service | province viewer | older exports |
/// |---|---|---|---|
/// | id | `RIN_NUMMER` | `rin_nummer`, `terrein_id` | `RINNUMMER` |
/// | name | `PLAN_NAAM` | `plannaam` | `BEDRIJVENT`, `naam` |
/// | bruto area | `HA_BRUTO` (ha) | `opp_bruto` | `OPPBRUTO` |
/// | netto area | `HA_NETTO` (ha) | `opp_netto` | `OPPNETTO` |
/// | land for sale | `HA_TOTTUIT` (ha, total uitgeefbaar) | `opp_terstond_uitgeefbaar` | – |
/// | milieucategorie | – | `max_hindercat_terrein` | – |
/// | year of the figures | `JAAR` | – | `JAAR` |
///
/// Fields named `HA_…` are hectares. For `opp_…` fields the unit is decided per layer from the
/// data (``IBISUnits``): square metres when the stated bruto areas match the outlines' areas in
/// m², hectares when they match them in ha; the choice is stated in a note. Text values (older
/// exports store areas as text, with a decimal comma or point) are read as numbers; text that is
/// no number is a problem naming the feature and field, never a silent 0.
///
/// IBIS records only the main class of the milieucategorie (3.2 is stored as 3), so the zone
/// gets the class's range of sub-categories and every verdict that differs within it reads
/// "undetermined", with a warning. Official exports are taken to be accurate to 1 m unless
/// `accuracy_m` says otherwise. Features that share a RIN number are one terrain
/// (``IBISDissolve``).
public enum IBISFields {
    static let idKeys = ["rin_nummer", "rinnummer", "terrein_id"]
    static let nameKeys = ["plan_naam", "plannaam", "bedrijvent", "bedrijventerrein", "naam", "name"]
    static let figureKeys = [
        "plannaam", "plan_naam", "bedrijvent", "opp_bruto", "oppbruto", "ha_bruto", "opp_netto", "oppnetto",
        "ha_netto", "opp_terstond_uitgeefbaar", "ha_tottuit", "max_hindercat_terrein",
    ]

    /// True when the feature carries an IBIS terrain number and at least one IBIS figure
    /// (an `id` column beside them does not matter).
    static func looksLikeIBIS(_ feature: CheckedFeature) -> Bool {
        let p = PropertyReader(feature)
        return idKeys.contains { p.has($0) } && figureKeys.contains { p.has($0) }
    }

    static func park(
        _ feature: CheckedFeature, _ p: inout PropertyReader, file: String, units: IBISUnits,
        warnings: inout [LoadProblem]
    ) -> BusinessPark {
        let id = p.string(idKeys) ?? feature.id
        let name = p.string(nameKeys) ?? id
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
        let bruto = units.hectares(.bruto, &p)
        let netto = units.hectares(.netto, &p)
        let forSale = units.hectares(.forSale, &p)
        checkNesting(bruto: bruto, netto: netto, forSale: forSale, &p)
        let accounts = IBISAccounts(brutoHectares: bruto, nettoHectares: netto, terstondUitgeefbaarHectares: forSale)
        return BusinessPark(
            record: record, zones: zones, statedHectares: bruto, figuresYear: p.count("jaar"), ibis: accounts)
    }

    /// IBIS accounts nest: netto (plots) within bruto, land for sale within netto.
    private static func checkNesting(bruto: Double?, netto: Double?, forSale: Double?, _ p: inout PropertyReader) {
        func ha(_ v: Double) -> String { FixedDecimal.format(v, 2, trimZeros: true) }
        if let bruto, let netto, netto > bruto {
            p.problems.append("the netto area (\(ha(netto)) ha) exceeds the bruto area (\(ha(bruto)) ha)")
        }
        if let forSale, let limit = netto ?? bruto, forSale > limit {
            p.problems.append(
                "the land for sale (\(ha(forSale)) ha) exceeds the \(netto != nil ? "netto" : "bruto") area "
                    + "(\(ha(limit)) ha)")
        }
    }
}
