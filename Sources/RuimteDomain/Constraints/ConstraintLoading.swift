import RuimteGeometry

extension LayerLoader {
    /// Reads a constraints layer (`--constraints`): every feature needs a `kind` and an `effect`;
    /// geluid needs `lden_db` (a level between 0 and 200 dB), externe veiligheid an
    /// `aandachtsgebied` unless it is a hard contour (a plaatsgebonden-risico line). A missing or
    /// unknown value fails the layer with the feature and the field named.
    public mutating func constraints(_ path: String) throws(LayerError) -> [Constraint] {
        try Self.typed(try checked(path), file: path, use: use(path)) { feature, p -> Constraint? in
            let r = record(feature, &p, layer: .housing, file: path)
            let kindText = p.string("kind", "soort")
            let kind = kindText.flatMap(ConstraintKind.init(parsing:))
            if kindText == nil, !p.refused("kind") {
                p.problems.append(
                    "a constraint needs a \"kind\": geluid, externe-veiligheid, geur, or a word of your own")
            } else if let kindText, kind == nil {
                p.problems.append("\"kind\" is \"\(kindText)\", expected geluid, externe-veiligheid, geur or one word")
            }
            let effectText = p.string("effect")
            let effect = effectText.flatMap { ConstraintEffect(rawValue: $0.lowercased()) }
            if effect == nil, !p.refused("effect") {
                p.problems.append(
                    effectText.map { "\"effect\" is \"\($0)\", expected hard or soft" }
                        ?? "a constraint needs an \"effect\": hard (no new sensitive function inside) or soft "
                        + "(allowed with a motivation or measures)")
            }
            let lden = p.nonNegative(["lden_db"], unit: "dB Lden", atMost: 200)
            if kind == .geluid, lden == nil, !p.refused("lden_db") {
                p.problems.append("a geluid constraint needs \"lden_db\", the Lden its contour stands for (e.g. 50)")
            }
            let gebiedText = p.string("aandachtsgebied")
            let gebied = gebiedText.flatMap { Aandachtsgebied(rawValue: $0.lowercased()) }
            if let gebiedText, gebied == nil {
                p.problems.append("\"aandachtsgebied\" is \"\(gebiedText)\", expected brand, explosie or gifwolk")
            } else if kind == .externeVeiligheid, effect == .soft, gebied == nil {
                p.problems.append(
                    "an externe-veiligheid aandachtsgebied needs \"aandachtsgebied\": brand, explosie or gifwolk")
            }
            guard let kind, let effect, p.problems.isEmpty else { return nil }
            return Constraint(
                id: r.id, name: r.name, geometry: r.geometry, accuracy: r.accuracy, source: r.sources["geometry"],
                kind: kind, effect: effect, ldenDecibels: lden, aandachtsgebied: gebied)
        }
    }
}
