import ArgumentParser
import RuimteDomain
import RuimteReports

/// `ruimte constraints`: geluid, externe veiligheid, geur and any constraint layer against the
/// housing sites and business parks, with the buildable headroom of each housing site.
struct ConstraintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "constraints",
        abstract:
            "Put constraint layers (geluid, externe veiligheid, geur, or your own) next to milieuzonering: what lies "
            + "on each housing site, a verdict per kind, the buildable headroom, and what lies on each park.",
        discussion: """
            A constraint layer has one feature per contour or area with kind (geluid, externe-veiligheid, geur, or a \
            word of your own), effect (hard: no new sensitive function inside; soft: allowed with a motivation or \
            measures), name, source, accuracy_m, and lden_db (geluid) or aandachtsgebied (brand, explosie, gifwolk).
            The buildable headroom is the site outside every hard constraint and every richtafstand contour.
            Example: ruimte constraints --constraints notebooks-md/data/wernink-constraints.geojson --site wernink
            """)

    enum Of: String, ExpressibleByArgument, CaseIterable { case sites, kinds, headroom, parks, all }

    @OptionGroup var layers: ConstraintOptions
    @Option(help: "Which tables: sites, kinds, headroom, parks or all.") var of: Of = .all
    @Option(help: "Omgevingstype of housing that does not state one: rustig or gemengd.") var areaType: AreaType =
        .rustig
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !layers.files.isEmpty else {
            throw ValidationError("give at least one --constraints FILE (see ruimte constraints --help for its fields)")
        }
    }

    func run() throws {
        let analysis = try input.analysis(quiet: output.quiet)
        let constraints = try layers.load(input, quiet: output.quiet)
        let result = try analysis.constraints(constraints, areaType: areaType)
        var tables: [Table] = []
        if of == .sites || of == .all { tables.append(ConstraintTables.sites(result)) }
        if of == .kinds || of == .all {
            tables.append(ConstraintTables.kinds(result, rules: analysis.richtafstanden.source))
        }
        if of == .headroom || of == .all {
            tables.append(ConstraintTables.headroom(result))
        }
        if of == .parks || of == .all { tables.append(ConstraintTables.parks(result)) }
        try output.write(tables)
    }
}
