import ArgumentParser
import Foundation
import RuimteDomain
import RuimteGeometry
import RuimteReports

extension SiteLayer: ExpressibleByArgument {}
extension InputCRS: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public var defaultValueDescription: String { text }
    public static var allValueStrings: [String] { ["auto", "EPSG:4326", "EPSG:28992", "EPSG:3857", "EPSG:nnnn"] }
}
extension GeoJSONExport.CRSChoice: ExpressibleByArgument {}
extension AreaType: ExpressibleByArgument {}
extension TableFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// A distance option in metres: finite, 0 or more (`--within -5` and `--facing-distance inf`
/// are usage errors, exit 64, not "missing value" or an internal error).
struct Metres: ExpressibleByArgument, Sendable {
    var value: Double
    init?(argument: String) {
        guard let v = Double(argument), v.isFinite, v >= 0, v <= 1_000_000 else { return nil }
        value = v
    }
    var defaultValueDescription: String { "\(value)" }
}

/// Where the layers come from: the bundled Leiden geodata, or the user's own files.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Directory with the bundled layers (default: the repository's geodata/, or $RUIMTE_GEODATA).",
            valueName: "dir"))
    var geodata: String?

    @Option(
        help: ArgumentHelp(
            "Business parks (Ruimte fields or an IBIS terrain export) in any format GDAL reads (GeoJSON, GeoPackage, "
                + "Shapefile, GML, FlatGeobuf, CSV, PG:...; FILE|layername=NAME picks a layer).",
            valueName: "file"))
    var parks: String?

    @Option(
        help: ArgumentHelp(
            "Milieuzones (id, park, milieucategorie) for --parks; the bundled zones go with the bundled parks only.",
            valueName: "file"))
    var zones: String?

    @Option(help: ArgumentHelp("Shopping centres, in any format GDAL reads (as --parks).", valueName: "file"))
    var centres: String?

    @Option(help: ArgumentHelp("Housing sites, in any format GDAL reads (as --parks).", valueName: "file"))
    var housing: String?

    @Option(
        name: .customLong("bundled"),
        help: ArgumentHelp(
            "With layers of your own, also use these bundled Leiden layers (parks, centres, housing; comma-separated "
                + "or repeated). Without any own layer all bundled layers are used; with one, the others read as none "
                + "unless named here.", valueName: "layers"))
    var bundledLayers: [BundledChoice] = []

    @Option(
        help: ArgumentHelp(
            "CRS of input layers that declare none: auto (WGS84, as RFC 7946 says) or any EPSG code. A layer's own "
                + "CRS (GeoJSON crs member, GDAL's SRS) always wins; never applies to the bundled layers.",
            valueName: "crs"))
    var crs: InputCRS = .auto

    @OptionGroup var loading: LoaderOptions

    @Option(
        help: ArgumentHelp(
            "Richtafstanden table (CSV: milieucategorie,rustig,gemengd) instead of VNG 2009.", valueName: "file"))
    var richtafstanden: String?

    @Option(
        help: ArgumentHelp(
            "A bestemmingsplan (IMRO2012 GML, or its layers in a GeoPackage): its bedrijf and bedrijventerrein "
                + "bestemmingen become the milieuzones of the parks they lie in, with the category of their "
                + "functieaanduidingen.", valueName: "file"))
    var plan: String?

    @Option(
        help: ArgumentHelp(
            "The milieucategorie the plan's general rule allows where no aanduiding states one (e.g. 2 or 1-3.1); "
                + "without it such zones read 1-6, unknown.", valueName: "range"))
    var planRule: String?

    @Option(
        name: .customLong("site"),
        help: ArgumentHelp(
            "Only these sites (id or name); repeat for more. Layers without a match stay whole.", valueName: "id"))
    var sites: [String] = []

    /// The geodata directory: --geodata, $RUIMTE_GEODATA, the `share/ruimte/geodata` of the
    /// install prefix the executable lives in (`make install`), or a `geodata/` found above the
    /// executable (a build in the repository) or above the current directory.
    func geodataDirectory() throws -> String {
        if let geodata { return geodata }
        if let env = ProcessInfo.processInfo.environment["RUIMTE_GEODATA"] { return env }
        let executableDirectory = Executable.url.deletingLastPathComponent()
        let installed = executableDirectory.deletingLastPathComponent().appendingPathComponent("share/ruimte/geodata")
        if FileManager.default.fileExists(
            atPath: installed.appendingPathComponent(SiteCatalogue.BundledFile.parks).path)
        {
            return installed.path
        }
        for start in [executableDirectory, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var url = start
            for _ in 0..<6 {
                let candidate = url.appendingPathComponent("geodata")
                if FileManager.default.fileExists(
                    atPath: candidate.appendingPathComponent(SiteCatalogue.BundledFile.parks).path)
                {
                    return candidate.path
                }
                url.deleteLastPathComponent()
            }
        }
        throw CLIError(
            status: .noInput,
            message:
                "cannot find the bundled geodata/ directory next to \(Executable.url.path); install with 'make "
                + "install', run from the repository, or pass --geodata DIR"
        )
    }

    /// A loader for the user's files, reading coordinates as --crs says.
    func loader() throws -> LayerLoader {
        var loader = try LayerLoader(crs: crs)
        try loading.configure(&loader)
        return loader
    }

    /// Loads the catalogue (bundled layers where no file is given), with warnings on stderr;
    /// `--site` keeps only the named sites unless `whole` (scenarios filter their output instead).
    func catalogue(quiet: Bool, whole: Bool = false) throws -> SiteCatalogue {
        let progress = Progress(quiet: quiet)
        var loader = try loader()
        // The bundled layers declare their CRS by RFC 7946; --crs is for the user's files only.
        var bundledLoader = try LayerLoader(crs: .auto)
        let origins = try layerOrigins()
        func bundled(_ layer: SiteLayer) -> String? {
            if case .bundled(let path) = origins[layer] { return path }
            return nil
        }
        progress.step("loading business parks...")
        var parkList =
            try parks.map { try loader.parks($0, zonesFile: zones) }
            ?? bundled(.parks).map { path in
                let zonesFile = try zones ?? bundledPath(SiteCatalogue.BundledFile.zones)
                return try bundledLoader.parks(path, zonesFile: zonesFile)
            } ?? []
        progress.step("loading shopping centres...")
        let centreList =
            try centres.map { try loader.centres($0) } ?? bundled(.centres).map { try bundledLoader.centres($0) } ?? []
        progress.step("loading housing sites...")
        let housingList =
            try housing.map { try loader.housing($0) } ?? bundled(.housing).map { try bundledLoader.housing($0) } ?? []
        var planNotes: [String] = []
        if let plan {
            let zones = try PlanZones(loader.plan(plan), parks: parkList, rule: try planRange())
            parkList = parkList.map { park in
                guard let planned = zones.zones[park.id] else { return park }
                var park = park
                park.zones = planned.sorted { NaturalOrder.precedes($0.id, $1.id) }
                return park
            }
            planNotes = zones.notes.map { "\(plan): \($0)" }
        }
        progress.done()
        if !quiet {
            for note in planNotes { Diagnostics.warning(note) }
            for w in LoadProblem.perLayer(bundledLoader.warnings + loader.warnings) {
                Diagnostics.warning(w.description)
            }
            for layer in SiteLayer.allCases where origins[layer] == LayerOrigin.none {
                Diagnostics.warning(
                    "no --\(layer.rawValue) given: with layers of your own given, this layer reads as none; add "
                        + "--bundled \(layer.rawValue) to use Leiden's bundled one")
            }
            if let parks, zones == nil {
                Diagnostics.warning(
                    "\(parks): no --zones given: a park's own milieucategorie (milieucategorie, or IBIS "
                        + "max_hindercat_terrein) zones the whole park; parks without one are 'no data' for "
                        + "milieuzonering"
                )
            }
        }
        var catalogue = SiteCatalogue(parks: parkList, centres: centreList, housing: housingList)
        catalogue.origins = origins
        return whole ? catalogue : catalogue.filtered(to: sites)
    }

    /// The --plan-rule range, nil when none is given.
    func planRange() throws -> ClosedRange<Milieucategorie>? {
        guard let planRule else { return nil }
        guard let range = Milieucategorie.range(parsing: planRule) else {
            throw ValidationError(
                "--plan-rule \(planRule): expected a milieucategorie (\(Milieucategorie.validList)) or a range "
                    + "such as 1-3.1")
        }
        return range
    }

    /// The richtafstanden table: --richtafstanden, or the bundled VNG 2009 table.
    func table() throws -> Richtafstanden {
        let path =
            try richtafstanden
            ?? (geodataDirectory() as NSString).appendingPathComponent(SiteCatalogue.BundledFile.richtafstanden)
        return try Richtafstanden.read(csvFile: path)
    }

    /// The scenario file's variants compared with the loaded layers as the base. Every variant
    /// runs on all the sites: `--site` only selects the rows a caller shows.
    func comparison(_ file: String, areaType: AreaType, quiet: Bool) throws -> ScenarioComparison {
        let scenario = try ScenarioFile.read(file)
        let base = try catalogue(quiet: quiet, whole: true)
        var loader = try loader()
        return try ScenarioComparison(
            base: base, scenario: scenario, file: file, richtafstanden: table(), areaType: areaType, loader: &loader)
    }

    /// The analysis of the loaded layers.
    func analysis(quiet: Bool) throws -> SpatialAnalysis {
        try SpatialAnalysis(catalogue: catalogue(quiet: quiet), richtafstanden: table())
    }
}
