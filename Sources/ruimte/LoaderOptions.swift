import ArgumentParser
import RuimteDomain

/// How the user's layers are read, for every command that reads them: repairs and field names.
struct LoaderOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Repair invalid polygons of the user's layers with GEOS MakeValid (structure) instead of refusing them; "
                + "each repair is noted with the area before and after, and refused if it changes the area by more "
                + "than 1 %."))
    var makeValid = false

    @Option(
        help: ArgumentHelp(
            "Read attribute TARGET from the layer's field SOURCE (e.g. name=NAAM_TERREIN, id=OBJECTID, "
                + "milieucategorie=MAX_CAT); repeat for more. TARGET is one of the names Ruimte reads.",
            valueName: "TARGET=SOURCE"))
    var field: [String] = []

    /// The --field mappings, target → source.
    func fieldMap() throws -> [String: String] {
        var map: [String: String] = [:]
        for item in field {
            let parts = item.split(separator: "=", maxSplits: 1).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--field \(item): expected TARGET=SOURCE, e.g. name=NAAM_TERREIN")
            }
            guard LayerLoader.fieldTargets.contains(parts[0]) else {
                throw ValidationError(
                    "--field \(item): \(parts[0]) is not an attribute Ruimte reads; one of "
                        + LayerLoader.fieldTargets.sorted().joined(separator: ", "))
            }
            guard map[parts[0]] == nil else { throw ValidationError("--field \(parts[0]) is given twice") }
            map[parts[0]] = parts[1]
        }
        return map
    }

    /// `loader` set up as these options say.
    func configure(_ loader: inout LayerLoader) throws {
        loader.makeValid = makeValid
        loader.fieldMap = try fieldMap()
    }
}
