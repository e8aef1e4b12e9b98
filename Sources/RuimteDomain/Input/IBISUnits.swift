import RuimteFormats
import RuimteGeometry

/// The unit of an IBIS layer's area fields, decided once per layer: `HA_…` fields are
/// hectares by name; `opp_…` fields are square metres in older exports and hectares in the
/// province viewer's, so their unit is read from the data. The median ratio of the stated bruto
/// area to the outline's area decides: near 1 (0.2-5) in m² is square metres, near 1 in ha is
/// hectares; anything else is read as hectares, and the note says the unit was not evident.
struct IBISUnits {
    /// The three accounts.
    enum Account { case bruto, netto, forSale }

    /// Square metres per unit of the `opp_…` fields: 1 (m²) or 10,000 (ha).
    var oppSquareMetres: Double = 10_000
    /// The note on how the unit was decided, nil when no `opp_…` field is present.
    var note: String?

    static func keys(_ account: Account) -> (hectares: [String], opp: [String]) {
        switch account {
        case .bruto: (["ha_bruto"], ["opp_bruto", "oppbruto"])
        case .netto: (["ha_netto"], ["opp_netto", "oppnetto"])
        case .forSale: (["ha_tottuit"], ["opp_terstond_uitgeefbaar"])
        }
    }

    /// Decides the unit from the features' bruto areas and outlines.
    init(_ features: [CheckedFeature] = []) {
        var ratios: [Double] = []
        var field: String?
        for f in features {
            let p = PropertyReader(f)
            guard let (key, value) = p.areaText(Self.keys(.bruto).opp) else { continue }
            field = field ?? key
            let area = f.geometry.polygons.reduce(0) { $0 + $1.planarArea }
            if area > 0, value > 0 { ratios.append(value / area) }
        }
        guard let field else { return }
        let median = ratios.sorted().dropFirst(ratios.count / 2).first ?? 0
        func share(_ x: Double) -> String { FixedDecimal.format(x, 2) }
        if (0.2...5).contains(median) {
            oppSquareMetres = 1
            note = "\(field) read as m² (the stated areas are a median \(share(median)) × the outlines' areas in m²)"
        } else if (0.2...5).contains(median * 10_000) {
            note = "\(field) read as ha (the stated areas are a median \(share(median * 10_000)) × the outlines' areas)"
        } else {
            note =
                "\(field) read as ha: the unit is not evident from the data (the stated areas match the outlines "
                + "neither in m² nor in ha)"
        }
    }

    /// The account in hectares, with a problem for text that is no number or a negative value.
    func hectares(_ account: Account, _ p: inout PropertyReader) -> Double? {
        let names = Self.keys(account)
        if let ha = p.area(names.hectares, squareMetresPerUnit: 10_000) { return ha }
        return p.area(names.opp, squareMetresPerUnit: oppSquareMetres)
    }
}

extension Polygon where C == XY {
    /// The area by the shoelace formula (``Ring/signedArea(_:)``), holes subtracted, m².
    var planarArea: Double { abs(Ring.signedArea(exterior)) - holes.reduce(0) { $0 + abs(Ring.signedArea($1)) } }
}
