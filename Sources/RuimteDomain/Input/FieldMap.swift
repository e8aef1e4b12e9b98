import RuimteFormats

/// `--field TARGET=SOURCE`: a layer's own field names read as the names Ruimte knows.
extension FeatureChecker {
    /// `properties` with each mapped source field under its target name (`--field name=NAAM`).
    static func renamed(_ properties: [String: JSONValue], _ map: [String: String]) -> [String: JSONValue] {
        var result = properties
        for (target, source) in map {
            let lower = source.lowercased()
            guard let key = properties.keys.filter({ $0.lowercased() == lower }).min() else { continue }
            result[target] = properties[key]
            if key != target { result.removeValue(forKey: key) }
        }
        return result
    }
}
