import RuimteGeometry

extension SiteCatalogue {
    /// This catalogue with `variant`'s changes applied in order. `loader` reads the layers
    /// that `add` changes name; `file` and the change's position name any error.
    public func applying(_ variant: ScenarioVariant, index: Int, file: String, loader: inout LayerLoader) throws
        -> SiteCatalogue
    {
        var result = self
        let geos = try GEOSSession()
        for (j, change) in variant.changes.enumerated() {
            let key = "variants[\(index)] (\(variant.name)), change \(j + 1)"
            func fail(_ message: String) -> ScenarioError { ScenarioError(file: file, key: key, message: message) }
            switch change {
            case .housingToPark(let id, let join, let category):
                guard let i = result.housing.firstIndex(where: { $0.id == id }) else {
                    throw fail("no housing site \"\(id)\" to move")
                }
                let site = result.housing.remove(at: i)
                let zone = category.map {
                    MilieuZone(
                        covering: site.record, park: join ?? site.id, categories: $0,
                        sources: ["milieucategorie": "scenario \(variant.name)"])
                }
                if let join {
                    guard let p = result.parks.firstIndex(where: { $0.id == join }) else {
                        throw fail("no business park \"\(join)\" to join")
                    }
                    var park = result.parks[p]
                    let merged = try geos.native(park.geometry).union(geos.native(site.geometry)).value()
                    park.record.geometry = merged
                    park.record.accuracy = max(park.accuracy, site.accuracy)
                    park.statedHectares = nil  // the stated figure was for the old outline
                    if let zone { park.zones.append(zone) }
                    result.parks[p] = park
                } else {
                    var record = site.record
                    record.layer = .parks
                    result.parks.append(BusinessPark(record: record, zones: zone.map { [$0] } ?? []))
                }
            case .parkToHousing(let id, let dwellings, let areaType):
                guard let i = result.parks.firstIndex(where: { $0.id == id }) else {
                    throw fail("no business park \"\(id)\" to move")
                }
                var record = result.parks.remove(at: i).record
                record.layer = .housing
                result.housing.append(HousingSite(record: record, plannedDwellings: dwellings, areaType: areaType))
            case .plannedDwellings(let id, let dwellings):
                if let i = result.housing.firstIndex(where: { $0.id == id }) {
                    result.housing[i].plannedDwellings = dwellings
                } else if let i = result.centres.firstIndex(where: { $0.id == id }),
                    dwellings.lowerBound == dwellings.upperBound
                {
                    result.centres[i].plannedDwellings = dwellings.lowerBound
                } else {
                    throw fail("no housing site (or centre, with one number) \"\(id)\" to give planned dwellings")
                }
            case .category(let id, let range):
                try result.setCategory(id, range, fail: fail)
            case .areaType(let id, let type):
                guard let i = result.housing.firstIndex(where: { $0.id == id }) else {
                    throw fail("no housing site \"\(id)\" to give an area type")
                }
                result.housing[i].areaType = type
            case .remove(let id):
                let before = result.allRecords.count
                result.parks.removeAll { $0.id == id }
                result.centres.removeAll { $0.id == id }
                result.housing.removeAll { $0.id == id }
                if result.allRecords.count == before { throw fail("no site \"\(id)\" to remove") }
            case .add(let layer, let path):
                try result.add(layer, path, loader: &loader, fail: fail)
            }
        }
        return SiteCatalogue(parks: result.parks, centres: result.centres, housing: result.housing)
    }

    /// Sets the category of zone `id`, or of park `id` as a whole.
    private mutating func setCategory(
        _ id: String, _ range: ClosedRange<Milieucategorie>, fail: (String) -> ScenarioError
    ) throws {
        for p in parks.indices {
            if let z = parks[p].zones.firstIndex(where: { $0.id == id }) {
                parks[p].zones[z].category = range.upperBound
                parks[p].zones[z].lightestCategory = range.lowerBound
                return
            }
        }
        guard let p = parks.firstIndex(where: { $0.id == id }) else {
            throw fail("no zone or business park \"\(id)\" to give a milieucategorie")
        }
        parks[p].zones = [
            MilieuZone(
                covering: parks[p].record, park: parks[p].id, categories: range,
                sources: ["milieucategorie": "scenario"])
        ]
    }

    /// Adds the sites of a user layer; ids must stay unique within the layer.
    private mutating func add(
        _ layer: SiteLayer, _ path: String, loader: inout LayerLoader, fail: (String) -> ScenarioError
    ) throws {
        let existing = Set(records(layer).map(\.id))
        let added: [String]
        switch layer {
        case .parks:
            let new = try loader.parks(path)
            parks += new
            added = new.map(\.id)
        case .centres:
            let new = try loader.centres(path)
            centres += new
            added = new.map(\.id)
        case .housing:
            let new = try loader.housing(path)
            housing += new
            added = new.map(\.id)
        }
        if let clash = added.first(where: existing.contains) {
            throw fail("\(path) adds \"\(clash)\", which the \(layer.title) already hold")
        }
    }
}
