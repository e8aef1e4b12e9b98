import ArgumentParser
import RuimteDomain

/// `--constraints FILE…`: constraint layers (geluid, externe veiligheid, geur, or a word of
/// one's own), read by `constraints`, `report`, `map` and `export` alike.
struct ConstraintOptions: ParsableArguments {
    @Option(
        name: .customLong("constraints"),
        help: ArgumentHelp(
            "A constraint layer (kind, effect, name, source, accuracy_m, lden_db, aandachtsgebied), in any format "
                + "GDAL reads; repeat for more.", valueName: "file"))
    var files: [String] = []

    /// The constraints of every file, in file order; a repeated id is exit 65, a layer's load
    /// warnings go to stderr unless `quiet`.
    func load(_ input: InputOptions, quiet: Bool) throws -> [Constraint] {
        var loader = try input.loader()
        var constraints: [Constraint] = []
        for file in files { constraints += try loader.constraints(file) }
        let repeated = Dictionary(grouping: constraints, by: \.id).filter { $0.value.count > 1 }.keys.sorted()
        if let id = repeated.first {
            throw CLIError(
                status: .badData,
                message: "constraint id \"\(id)\" appears more than once in \(files.joined(separator: ", ")); give "
                    + "each contour its own id")
        }
        if !quiet { for w in LoadProblem.perLayer(loader.warnings) { Diagnostics.warning(w.description) } }
        return constraints
    }
}
