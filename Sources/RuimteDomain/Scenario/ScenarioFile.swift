import Foundation
import RuimteFormats

/// Reads a scenario file (JSON):
///
/// ```json
/// {"name": "Wernink: housing or business land",
///  "variants": [
///    {"name": "Wernink joins Amphoraweg",
///     "changes": [{"move": "wernink", "to": "parks", "join": "amphoraweg", "milieucategorie": "3.2"}]},
///    {"name": "More dwellings",
///     "changes": [{"set": "wernink", "planned_dwellings": [700, 750], "area_type": "gemengd"}]}]}
/// ```
///
/// Changes: `move` a site `to` parks (optionally `join` a park, with a `milieucategorie`)
/// or to housing (with `planned_dwellings`, `area_type`); `set` a site's `planned_dwellings`,
/// `area_type` or a zone's or park's `milieucategorie`; `remove` a site; `add` the sites of
/// a `file` to a `layer`. Every error names the file, the key and what is wrong.
public enum ScenarioFile {
    /// The scenario in `path`.
    public static func read(_ path: String) throws(ScenarioError) -> Scenario {
        do {
            _ = try InputFile.check(path, expected: "a scenario file (JSON)")
        } catch {
            // The message names the file itself: as a whole, with what to do.
            throw ScenarioError(file: path, key: "(file)", message: error.message, status: error.exitStatus)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(file: path, key: "(file)", message: "cannot be read; check the path", status: .noInput)
        }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch {
            throw ScenarioError(file: path, key: "(file)", message: "is not valid JSON (\(error))")
        }
        let reader = KeyReader(file: path)
        guard case .object = json else {
            throw reader.error("(top level)", "expected an object with \"name\" and \"variants\"")
        }
        let name = try reader.text(json["name"], "name")
        guard case .array(let variants)? = json["variants"], !variants.isEmpty else {
            throw reader.error("variants", "expected a non-empty array of variants")
        }
        return Scenario(
            name: name,
            variants: try variants.enumerated().map { i, v throws(ScenarioError) in
                let key = "variants[\(i)]"
                guard case .array(let changes)? = v["changes"] else {
                    throw reader.error("\(key).changes", "expected an array of changes")
                }
                return ScenarioVariant(
                    name: try reader.text(v["name"], "\(key).name"),
                    changes: try changes.enumerated().map { j, c throws(ScenarioError) in
                        try reader.changes(c, "\(key).changes[\(j)]")
                    }.flatMap { $0 })
            })
    }
}

/// Typed access to the keys of a scenario file, each failure naming file and key.
struct KeyReader {
    let file: String

    func error(_ key: String, _ message: String) -> ScenarioError {
        ScenarioError(file: file, key: key, message: message)
    }

    func text(_ value: JSONValue?, _ key: String) throws(ScenarioError) -> String {
        guard case .string(let s)? = value, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(key, "expected a text, found \(value?.typeDescription ?? "nothing")")
        }
        return s
    }

    func category(_ value: JSONValue?, _ key: String) throws(ScenarioError) -> ClosedRange<Milieucategorie>? {
        guard let value, value != .null else { return nil }
        guard let text = Milieucategorie.text(of: value) else {
            throw error(
                key, "expected a milieucategorie such as \"3.2\" or \"3.1-3.2\", found \(value.typeDescription)")
        }
        guard let range = Milieucategorie.range(parsing: text) else {
            throw error(
                key,
                "unknown milieucategorie \"\(text)\"; expected one of \(Milieucategorie.validList), or a range such "
                    + "as 3.1-3.2"
            )
        }
        return range
    }

    func dwellings(_ value: JSONValue?, _ key: String) throws(ScenarioError) -> ClosedRange<Int>? {
        func whole(_ v: JSONValue) -> Int? {
            if case .number(let n) = v, n >= 0, n == n.rounded(), n < 1e9 { return Int(n) }
            return nil
        }
        if let value, let n = whole(value) { return n...n }
        switch value {
        case nil, .null?: return nil
        case .array(let pair)? where pair.count == 2:
            guard let low = whole(pair[0]), let high = whole(pair[1]), low <= high else {
                throw error(key, "expected [minimum, maximum] whole numbers of dwellings, minimum first")
            }
            return low...high
        default: throw error(key, "expected a whole number of dwellings or [minimum, maximum]")
        }
    }

    func areaType(_ value: JSONValue?, _ key: String) throws(ScenarioError) -> AreaType? {
        guard let value, value != .null else { return nil }
        guard let text = value.stringValue, let type = AreaType(rawValue: text) else {
            throw error(key, "expected \"rustig\" or \"gemengd\"")
        }
        return type
    }

    func changes(_ c: JSONValue, _ key: String) throws(ScenarioError) -> [ScenarioChange] {
        guard case .object(let members) = c else {
            throw error(key, "expected an object with one of move, set, remove, add")
        }
        let verbs = ["move", "set", "remove", "add"].filter { members[$0] != nil }
        guard verbs.count == 1, let verb = verbs.first else {
            throw error(key, "expected exactly one of \"move\", \"set\", \"remove\", \"add\"")
        }
        let known: Set<String> = [
            "move", "set", "remove", "add", "to", "join", "milieucategorie", "planned_dwellings", "area_type", "layer",
            "file",
        ]
        if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw error(
                "\(key).\(unknown)",
                "unknown key; a change has move/set/remove/add with to, join, milieucategorie, planned_dwellings, "
                    + "area_type, layer, file"
            )
        }
        switch verb {
        case "move": return try move(c, key)
        case "set":
            let site = try text(c["set"], "\(key).set")
            var result: [ScenarioChange] = []
            if let range = try category(c["milieucategorie"], "\(key).milieucategorie") {
                result.append(.category(zone: site, category: range))
            }
            if let range = try dwellings(c["planned_dwellings"], "\(key).planned_dwellings") {
                result.append(.plannedDwellings(site: site, dwellings: range))
            }
            if let type = try areaType(c["area_type"], "\(key).area_type") {
                result.append(.areaType(site: site, areaType: type))
            }
            if result.isEmpty { throw error(key, "\"set\" needs one of milieucategorie, planned_dwellings, area_type") }
            return result
        case "remove":
            return [.remove(site: try text(c["remove"], "\(key).remove"))]
        default:
            guard let layer = SiteLayer(rawValue: try text(c["layer"], "\(key).layer")) else {
                throw error("\(key).layer", "expected parks, centres or housing")
            }
            let named = try text(c["add"], "\(key).add")
            // A relative path is relative to the scenario file, so a scenario travels with its layers.
            let path =
                named.hasPrefix("/")
                ? named : ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(named)
            return [.add(layer: layer, file: path)]
        }
    }

    /// A `move`: a housing site joins a park, or a park becomes housing.
    private func move(_ c: JSONValue, _ key: String) throws(ScenarioError) -> [ScenarioChange] {
        let site = try text(c["move"], "\(key).move")
        switch try text(c["to"], "\(key).to") {
        case "parks":
            return [
                .housingToPark(
                    site: site, join: try c["join"].map { v throws(ScenarioError) in try text(v, "\(key).join") },
                    category: try category(c["milieucategorie"], "\(key).milieucategorie"))
            ]
        case "housing":
            return [
                .parkToHousing(
                    park: site, dwellings: try dwellings(c["planned_dwellings"], "\(key).planned_dwellings"),
                    areaType: try areaType(c["area_type"], "\(key).area_type"))
            ]
        default: throw error("\(key).to", "expected \"parks\" or \"housing\"")
        }
    }
}
