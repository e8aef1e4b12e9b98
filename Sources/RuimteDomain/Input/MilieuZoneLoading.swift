import RuimteGeometry

extension LayerLoader {
    /// Reads a milieuzones layer (`id`, `park`, `milieucategorie`) and attaches each zone
    /// to its park, replacing a park-wide category.
    mutating func attachZones(_ path: String, to parks: [BusinessPark]) throws(LayerError) -> [BusinessPark] {
        let zones = try zones(path, parkIDs: Set(parks.map(\.id)))
        let byPark = Dictionary(grouping: zones, by: \.parkID)
        return parks.map { park in
            guard let zones = byPark[park.id] else { return park }
            var park = park
            park.zones = zones.sorted { NaturalOrder.precedes($0.id, $1.id) }
            return park
        }
    }

    /// Reads a milieuzones layer on its own (`validate --as zones`): every zone needs a
    /// milieucategorie and a `park`; with `parkIDs`, the park must be one of them.
    public mutating func zones(_ path: String, parkIDs: Set<String>? = nil) throws(LayerError) -> [MilieuZone] {
        try Self.typed(try checked(path), file: path, use: use(path)) { feature, p -> MilieuZone? in
            let r = record(feature, &p, layer: .parks, file: path)
            let parkID = p.string("park")
            let category = p.category("milieucategorie")
            if category == nil && !p.refused("milieucategorie") {
                p.problems.append("a milieuzone needs a \"milieucategorie\" (one of \(Milieucategorie.validList))")
            }
            if let parkID, let parkIDs, !parkIDs.contains(parkID) {
                p.problems.append("\"park\" names \"\(parkID)\", which is not a business park in the parks layer")
            } else if parkID == nil {
                p.problems.append("a milieuzone needs a \"park\" property naming its business park's id")
            }
            guard let parkID, let category else { return nil }
            return MilieuZone(covering: r, park: parkID, categories: category, sources: r.sources)
        }
    }
}
