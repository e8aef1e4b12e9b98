import RuimteFormats
import RuimteGeometry

extension LayerLoader {
    /// Reads an IMRO2012 plan: `path` is its GML (or a GeoPackage with the same layers); the
    /// layers Enkelbestemming, Functieaanduiding, Maatvoering and Bestemmingsplangebied are read
    /// by name (in any case), the last three when present. Curves are linearised within 1 cm.
    public mutating func plan(_ path: String) throws(LayerError) -> IMROPlan {
        let file = path.components(separatedBy: "|")[0]
        var plan = IMROPlan(id: file, name: file)
        plan.bestemmingen = try planObjects(file, layer: "Enkelbestemming", shape: .polygons, required: true)
        plan.aanduidingen = try planObjects(file, layer: "Functieaanduiding", shape: .context, required: false)
        plan.maatvoeringen = try planObjects(file, layer: "Maatvoering", shape: .context, required: false)
        if let area = try planObjects(file, layer: "Bestemmingsplangebied", shape: .context, required: false).first {
            plan.id = area.id
            plan.name = area.name
        }
        return plan
    }

    /// The polygonal objects of one plan layer.
    private mutating func planObjects(
        _ file: String, layer: String, shape: FeatureChecker.Shape, required: Bool
    ) throws(LayerError) -> [IMROPlan.Object] {
        var lastError: LayerError?
        for name in [layer, layer.lowercased()] {
            let path = "\(file)|layername=\(name)"
            _ = use(path)
            var objects: [IMROPlan.Object] = []
            do throws(LayerError) {
                let attributes = attributeUse[path]
                let problems = try stream(path, shape: shape, notingEmpty: false) { feature in
                    let p = PropertyReader(feature, use: attributes)
                    guard !feature.geometry.polygons.isEmpty else { return [] }
                    objects.append(
                        IMROPlan.Object(
                            id: feature.id, name: p.textList("naam")?.first ?? feature.id,
                            group: (p.textList("bestemmingshoofdgroep", "aanduidinghoofdgroep")?.first ?? "")
                                .lowercased(),
                            value: p.lenientNumber("waarde"), geometry: feature.geometry))
                    return []
                }
                guard problems.isEmpty else { throw LayerError(.badData, problems) }
                return objects
            } catch {
                guard error.problems.contains(where: { $0.message.contains("has no layer") }) else { throw error }
                lastError = error
            }
        }
        if required, let lastError { throw lastError }
        return []
    }
}
