import Foundation
import RuimteTestSupport
import Testing

/// Each command and format on the bundled data. Expected numbers were checked
/// independently: the Leidse Schans / Lammenschans overlap (33,578.7 m2) and the distances
/// come from shapely+pyproj (Tests/RuimteDomainTests/crosscheck_shapely.py); counts from the layers.
@Suite(.serialized) struct CommandTests {
    @Test func sitesListsAllEighteen() throws {
        let run = try ruimte("sites", "--format", "csv")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.first == "kind,id,name,area_ha,stated_ha,accuracy_m,figures")
        #expect(lines.count == 1 + 18)
        let amphoraweg = try #require(lines.first { $0.hasPrefix("bedrijventerrein,amphoraweg,Amphoraweg,") }).split(
            separator: ",")
        #expect(abs((Double(amphoraweg[3]) ?? 0) - 3.51) <= 0.005 && amphoraweg[4] == "3.50000")
    }

    @Test func overlapsAgreeWithShapely() throws {
        let run = try ruimte("overlaps", "--from", "parks", "--to", "housing", "--format", "csv")
        #expect(run.status == 0)
        // shapely: 33578.7 m², shares 0.373 and 0.178 (crosscheck_shapely.py); CSV carries more decimals.
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.count == 2 && lines[0] == "a_id,b_id,area_m2,area_ha,share_of_a,share_of_b,accuracy_m")
        let fields = lines.last?.split(separator: ",").map(String.init) ?? []
        #expect(fields.prefix(2) == ["leidse-schans", "lammenschans"] && fields.last == "650.000")
        let numbers = fields.dropFirst(2).prefix(4).compactMap(Double.init)
        #expect(
            numbers.count == 4 && abs(numbers[0] - 33578.7) <= 0.05 && abs(numbers[1] - numbers[0] / 10_000) < 1e-5
                && abs(numbers[2] - 0.373) <= 0.0005 && abs(numbers[3] - 0.178) <= 0.0005)
    }

    @Test func distancesWithinAndNearest() throws {
        let within = try ruimte("distances", "--from", "parks", "--to", "housing", "--within", "50", "--format", "json")
        #expect(within.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(within.stdout.utf8)) as? [String: Any])
        let table = try #require((json["tables"] as? [[String: Any]])?.first)
        #expect(table["name"] as? String == "distances")
        let rows = try #require(table["rows"] as? [[String: Any]])
        let pair = try #require(
            rows.first { $0["from_id"] as? String == "amphoraweg" && $0["to_id"] as? String == "wernink" })
        #expect(pair["edge_m"] as? Double == 0)
        #expect(pair["within"] as? String == "undetermined" || pair["within"] as? String == "within")
        let nearest = try ruimte("distances", "--from", "housing", "--to", "parks", "--nearest", "--format", "csv")
        #expect(nearest.stdout.contains("\r\nwernink,amphoraweg,0.0000,"))
    }

    @Test func zoningAndPressureTables() throws {
        let zoning = try ruimte("zoning", "--site", "rooseveltstraat", "--format", "markdown")
        #expect(zoning.status == 0)
        #expect(zoning.stdout.contains("| park | cat. | housing | req. (m) |"))
        #expect(zoning.stdout.contains("| Rooseveltstraat | 3.2 | Lammenschans |"))
        let pressure = try ruimte("pressure", "--of", "parks")
        #expect(pressure.status == 0 && pressure.stdout.hasPrefix("Space pressure per business park"))
        #expect(!pressure.stdout.contains("\u{1B}["))  // no colour when stdout is not a terminal
        let both = try ruimte("pressure", "--format", "csv")
        #expect(both.status == 64 && both.stderr.contains("--format csv writes one table"))
    }

    @Test func reportIsDeterministicMarkdown() throws {
        let first = try ruimte("report"), second = try ruimte("report")
        #expect(first.status == 0 && first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("# Ruimte: space pressure in Leiden"))
        #expect(first.stdout.contains("## Headline: signal per business park"))
    }

    @Test func mapAndExportAreByteIdentical() throws {
        let a = try ruimte("map"), b = try ruimte("map")
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(
            a.stdout.hasPrefix("<svg ") && a.stdout.contains("<g id=\"parks\"") && a.stdout.contains("<g id=\"scale\""))
        let e1 = try ruimte("export", "--layer", "conflict_segments"),
            e2 = try ruimte("export", "--layer", "conflict_segments")
        #expect(e1.status == 0 && e1.stdout == e2.stdout)
    }

    @Test func geojsonExportFollowsRFC7946() throws {
        let run = try ruimte("export", "--layer", "sites")
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["crs"] == nil)
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 18)
        for feature in features {
            let geometry = try #require(feature["geometry"] as? [String: Any])
            let polygons: [[[[Double]]]] =
                geometry["type"] as? String == "Polygon"
                ? [try #require(geometry["coordinates"] as? [[[Double]]])]
                : try #require(geometry["coordinates"] as? [[[[Double]]]])
            for polygon in polygons {
                let ring = polygon[0]
                #expect(ring.allSatisfy { (4.3...4.6).contains($0[0]) && (52.1...52.2).contains($0[1]) })  // lon, lat
                var twiceArea = 0.0
                for (a, b) in zip(ring, ring.dropFirst()) { twiceArea += a[0] * b[1] - b[0] * a[1] }
                #expect(twiceArea > 0)  // exterior counter-clockwise
            }
        }
        let rd = try ruimte("export", "--layer", "overlaps", "--crs-out", "EPSG:28992")
        #expect(
            rd.stdout.contains("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}"))
    }

    @Test func outputIsAtomicAndNeverOverwritesUnasked() throws {
        let dir = try TestFiles.scratchDirectory()
        // A name without a known extension: --format decides, so CSV and JSON can replace each other.
        let file = dir.appendingPathComponent("sites.out").path
        #expect(try ruimte("sites", "--format", "csv", "--output", file).status == 0)
        let first = try String(contentsOfFile: file, encoding: .utf8)
        let again = try ruimte("sites", "--format", "csv", "--output", file)
        #expect(again.status == 73 && again.stderr.contains("already exists; pass --force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == first)
        #expect(try ruimte("sites", "--format", "json", "--output", file, "--force").status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sites.out"])  // no temporary left
    }

    @Test func titlesForAnotherRegionAndTheVariantOnItsMap() throws {
        let report = try ruimte("report", "--title", "Regio [Holland] Rijnland")
        #expect(report.status == 0 && report.stdout.hasPrefix("# Regio Holland Rijnland\n"))
        let map = try ruimte("map", "--title", "Katwijk <b>")
        #expect(map.status == 0 && map.stdout.contains(">Katwijk &lt;b&gt;</text>"))
        let variant = try ruimte("map", "--scenario", "notebooks-md/data/wernink-scenario.json", "--variant", "1")
        #expect(variant.stdout.contains("in Leiden: Wernink joins Amphoraweg"))
    }

    @Test func theScenarioTableShowsWhatChanges() throws {
        let changed = try ruimte("scenario", "notebooks-md/data/wernink-scenario.json", "--of", "metrics")
        #expect(
            changed.status == 0 && changed.stdout.contains("rows where no variant differs from the base are left out"))
        #expect(!changed.stdout.contains("Merenwijk"))  // untouched by either variant
        let every = try ruimte("scenario", "notebooks-md/data/wernink-scenario.json", "--of", "metrics", "--all")
        #expect(every.stdout.contains("Merenwijk") && !every.stdout.contains("are left out"))
    }

    @Test func validateReadsAZonesLayer() throws {
        let zones = try ruimte("validate", "--as", "zones", "geodata/milieuzones.geojson")
        #expect(zones.status == 0 && zones.stdout.contains("ok, 6 features"))
        let housing = try ruimte("validate", "--as", "zones", "geodata/woningbouwlocaties.geojson")
        #expect(housing.status == 65 && housing.stderr.contains("a milieuzone needs a \"milieucategorie\""))
    }

    @Test func siteNotesNameTheirSite() throws {
        let sites = try ruimte("sites")
        #expect(sites.stdout.contains("figures, Wernink: 600-643 dwellings planned"))
        #expect(!sites.stdout.contains("figures, woningbouwlocatie:"))
    }

    @Test func aMistypedCommandGetsASuggestionAndAMissingScenarioIs66() throws {
        let typo = try ruimte("presure")
        #expect(typo.status == 64 && typo.stderr.contains("did you mean 'pressure'?"))
        let missing = try ruimte("scenario", "/nonexistent/scenario.json")
        #expect(missing.status == 66 && missing.stderr.contains("no such file"))
    }

    @Test func theOutputNameChoosesTheFormat() throws {
        let dir = try TestFiles.scratchDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(try ruimte("sites", "--output", path("s.csv")).status == 0)
        #expect(try String(contentsOfFile: path("s.csv"), encoding: .utf8).hasPrefix("kind,id,name"))
        #expect(try ruimte("sites", "--output", path("s.json")).status == 0)
        #expect(try String(contentsOfFile: path("s.json"), encoding: .utf8).hasPrefix("{"))
        #expect(try ruimte("report", "--output", path("r.html")).status == 0)
        #expect(try String(contentsOfFile: path("r.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try ruimte("export", "--output", path("e.gpkg")).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("e.gpkg"))).prefix(15) == Data("SQLite format 3".utf8))
        // A contradiction, or a kind the command does not write: usage errors, nothing written.
        let contradiction = try ruimte("sites", "--format", "json", "--output", path("t.csv"))
        #expect(contradiction.status == 64 && contradiction.stderr.contains("asks for csv but --format says json"))
        #expect(try ruimte("report", "--output", path("r.pdf")).status == 64)
        #expect(try ruimte("map", "--output", path("m.jpg")).status == 64)
        #expect(!FileManager.default.fileExists(atPath: path("t.csv")))
    }

    @Test func intensityFromBuildingsAndDwellings() throws {
        // RD New files: one 100 x 100 m building of 2 floors inside Rooseveltstraat (outline
        // 645 x 860 m = 55.47 ha): GSI 1 / 55.47 = 0.018, FSI 0.036. One dwelling inside zone
        // rooseveltstraat-oost (3.2, 100 m in a rustige woonwijk; east edge x 93285), one 115 m east of it.
        let crs = #""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}}"#
        let buildings = try TestFiles.write(
            "panden.geojson",
            #"{"type":"FeatureCollection",\#(crs),"features":[{"type":"Feature","properties":{"identificatie":"p1","bouwlagen":2},"geometry":{"type":"Polygon","coordinates":[[[92800,461600],[92900,461600],[92900,461700],[92800,461700],[92800,461600]]]}}]}"#
        )
        let dwellings = try TestFiles.write(
            "vbo.geojson",
            #"{"type":"FeatureCollection",\#(crs),"features":[{"type":"Feature","properties":{"id":"v1"},"geometry":{"type":"Point","coordinates":[93250,461800]}},{"type":"Feature","properties":{"id":"v2"},"geometry":{"type":"Point","coordinates":[93400,461800]}}]}"#
        )
        let run = try ruimte("intensity", "--buildings", buildings, "--dwellings", dwellings, "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tables = try #require(document["tables"] as? [[String: Any]])
        let parks = try #require(tables.first?["rows"] as? [[String: Any]])
        let roosevelt = try #require(parks.first { $0["park_id"] as? String == "rooseveltstraat" })
        // One 100 m x 100 m building of 2 floors: 1 ha built, 2 ha floor area, over the park's area.
        let area = try #require(roosevelt["area_ha"] as? Double)
        let gsi = try #require(roosevelt["gsi"] as? Double), fsi = try #require(roosevelt["fsi"] as? Double)
        #expect(roosevelt["footprint_ha"] as? Double == 1 && roosevelt["floor_area_ha"] as? Double == 2)
        #expect(abs(gsi - 1 / area) < 1e-6 && abs(fsi - 2 / area) < 1e-6 && (gsi * 1000).rounded() == 18)
        let zones = try #require(tables[1]["rows"] as? [[String: Any]])
        #expect(zones.first { $0["zone_id"] as? String == "rooseveltstraat-oost" }?["dwellings"] as? Int == 1)
        #expect(zones.first { $0["zone_id"] as? String == "rooseveltstraat-west" }?["dwellings"] as? Int == 0)
    }

    @Test func helpAndVersion() throws {
        #expect(try ruimte("--version").stdout == "0.1.0\n")
        for command in [
            "sites", "overlaps", "distances", "zoning", "pressure", "report", "export", "validate", "map", "intensity",
            "notebook",
        ] {
            let help = try ruimte(command, "--help")
            #expect(help.status == 0 && help.stdout.contains("Example"), "\(command)")
        }
    }
}

/// `validate` lists what it did not use, once per layer.
@Suite struct ValidateReportTests {
    @Test func unusedAttributesAreListedOnce() throws {
        let path = try TestFiles.write(
            "c.geojson",
            """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"id":"a","name":"A","accuracy_m":5,"shops":3,"colour":"red"},"geometry":{"type":"Polygon","coordinates":[[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.15]]]}},
             {"type":"Feature","properties":{"id":"b","name":"B","accuracy_m":5,"colour":"blue","parking":12},"geometry":{"type":"Polygon","coordinates":[[[4.49,52.15],[4.50,52.15],[4.50,52.16],[4.49,52.15]]]}}]}
            """)
        let run = try ruimte("validate", "--as", "centres", path)
        #expect(run.status == 0)
        #expect(
            run.stdout == "\(path): ok, 2 features\n  attributes Ruimte does not use: colour, parking\n",
            "\(run.stdout)")
    }
}

/// `ruimte scenario` on the Wernink example: byte-identical reruns, bad files exit 65.
@Suite struct ScenarioCommandTests {
    @Test func deterministicAndNamedErrors() throws {
        let first = try ruimte("scenario", "notebooks-md/data/wernink-scenario.json", "--format", "json", "--quiet")
        let second = try ruimte("scenario", "notebooks-md/data/wernink-scenario.json", "--format", "json", "--quiet")
        #expect(first.status == 0 && first.stdout == second.stdout && first.stdout.contains("Wernink joins Amphoraweg"))
        let bad = try TestFiles.write(
            "bad.json",
            #"{"name":"x","variants":[{"name":"v","changes":[{"move":"wernink","to":"parks","join":"nowhere"}]}]}"#)
        let run = try ruimte("scenario", bad)
        #expect(
            run.status == 65 && run.stderr.contains(bad) && run.stderr.contains("no business park \"nowhere\" to join"))
    }
}

/// The map of a scenario variant with the headroom of one category.
@Suite struct MapVariantTests {
    @Test func variantWithHeadroom() throws {
        let run = try ruimte(
            "map", "--scenario", "notebooks-md/data/wernink-scenario.json", "--variant", "1", "--headroom", "3.2",
            "--quiet")
        #expect(run.status == 0)
        #expect(run.stdout.contains("<g id=\"headroom\"") && run.stdout.contains("category 3.2 allowed"))
        // Wernink is business land in variant 1: no housing outline is named Wernink any more.
        #expect(!run.stdout.contains("<title>Wernink (woningbouwlocatie"))
        let base = try ruimte("map", "--quiet")
        #expect(base.stdout.contains("<title>Wernink (woningbouwlocatie") && !base.stdout.contains("id=\"headroom\""))
        #expect(
            try ruimte("map", "--scenario", "notebooks-md/data/wernink-scenario.json", "--variant", "9").status == 64)
    }
}

/// The memo map: title and date, sources and accuracy, parks filled by signal, conflict and
/// undetermined as different symbols, labels that do not overlap.
@Suite struct MemoMapTests {
    @Test func titleDateSourcesAndSignalFills() throws {
        let run = try ruimte("map", "--date", "2026-03-01", "--quiet")
        #expect(run.status == 0)
        #expect(
            run.stdout.contains(">Space for work and housing in Leiden</text>") && run.stdout.contains(">2026-03-01 · ")
        )
        #expect(run.stdout.contains("<g id=\"sources\"") && run.stdout.contains("Richtafstanden: VNG"))
        #expect(run.stdout.contains("outlines accurate to "))
        // Leidse Schans is orange in the pressure table; its outline is filled orange.
        #expect(
            run.stdout.contains("fill=\"\(SVGStyle.orange)\" fill-rule=\"evenodd\" d=")
                && run.stdout.contains("<title>Leidse Schans: signal orange"))
        #expect(run.stdout.contains("<g id=\"conflicts\"") && run.stdout.contains("<g id=\"undetermined\""))
        #expect(try ruimte("map", "--date", "1 March").status == 64)
    }

    @Test func labelsDoNotOverlap() throws {
        let svg = try ruimte("map", "--date", "2026-03-01", "--quiet").stdout
        let labels = svg.components(separatedBy: "<g id=\"labels\"")[1].components(separatedBy: "</g>")[0]
        let boxes: [(Double, Double, Double, Double)] = labels.matches(
            of: /<text x="([\d.]+)" y="([\d.]+)">([^<]+)<\/text>/
        ).map { m in
            let x = Double(m.output.1)!, y = Double(m.output.2)!, w = Double(m.output.3.count) * 14 * 0.65 + 6
            return (x - w / 2, y - 14, x + w / 2, y + 14 * 0.35)
        }
        #expect(boxes.count == 18)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let (a, b) = (boxes[i], boxes[j])
                #expect(!(a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3), "labels \(i) and \(j) overlap")
            }
        }
    }

    /// Context layers: lines, polygons and points without ids, drawn underneath with a legend
    /// entry; a feature outside the Netherlands fails the layer with its file and feature named.
    @Test func contextLayersAreDrawnUnderneath() throws {
        let water = try TestFiles.write(
            "water.geojson",
            """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"Oude Rijn"},"geometry":{"type":"LineString","coordinates":[[4.46,52.158],[4.52,52.155]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[4.50,52.150],[4.51,52.150],[4.51,52.153],[4.50,52.150]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[4.48,52.16]}}]}
            """)
        let run = try ruimte("map", "--context", water, "--date", "2026-03-01", "--quiet")
        #expect(run.status == 0, "\(run.stderr)")
        let context = run.stdout.components(separatedBy: "<g id=\"context\"")
        #expect(
            context.count == 2 && context[0].contains("<rect width=\"100%\"") && !context[0].contains("<g id=\"parks\"")
        )
        let group = context.count == 2 ? context[1].components(separatedBy: "</g>\n</g>")[0] : ""
        #expect(
            group.components(separatedBy: "<path fill=\"none\"").count == 2 && group.contains(" Z\"/>")
                && group.contains("<circle "))
        #expect(run.stdout.contains(">water.geojson</text>"))
        let far = try TestFiles.write(
            "far.geojson",
            """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[10,60],[11,61]]}}]}
            """)
        let bad = try ruimte("map", "--context", far, "--quiet")
        #expect(
            bad.status == 65 && bad.stderr.contains("far.geojson") && bad.stderr.contains("#1")
                && bad.stderr.contains("outside the Netherlands") && bad.stdout.isEmpty)
    }

    /// A one-character file name in the current directory ("x", "-") once trapped in Foundation's
    /// path handling; binary outputs are written like any other.
    @Test func oneCharacterOutputNames() throws {
        let directory = URL(fileURLWithPath: try TestFiles.write("placeholder", "")).deletingLastPathComponent()
        for name in ["x", "-"] {
            let run = try ruimte(
                arguments: ["export", "--format", "gpkg", "--output", name, "--quiet"], directory: directory)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path))
        }
    }

    @Test func pngNeedsAnOutputFile() throws {
        #expect(try ruimte("map", "--format", "png", "--quiet").status == 64)
    }
}

/// The signal colours as the map writes them.
enum SVGStyle {
    static let orange = "#fdae61"
}

/// `--columns` picks columns by key, in order; an unknown key lists the real ones.
@Suite struct ColumnsOptionTests {
    @Test func selectsAndNamesUnknownKeys() throws {
        let run = try ruimte("pressure", "--of", "parks", "--format", "csv", "--columns", "light,park_id", "--quiet")
        #expect(run.status == 0 && run.stdout.hasPrefix("light,park_id\r\nno_data,amphoraweg\r\n"), "\(run.stdout)")
        let range = try ruimte(
            "pressure", "--of", "parks", "--format", "csv", "--columns", "park_id,headroom_steps", "--quiet")
        #expect(
            range.stdout.hasPrefix(
                "park_id,headroom_steps_low,headroom_steps_high\r\namphoraweg,,\r\nde-waard,0.000,4.000\r\n"),
            "\(range.stdout)")
        let bad = try ruimte("pressure", "--of", "parks", "--columns", "nope")
        #expect(bad.status == 64 && bad.stderr.contains("park_id, light"))
    }

    /// People's tables fit a 100-column terminal on the bundled data and on a user layer;
    /// `--wide` gives the detail columns back.
    @Test(arguments: [
        ["sites"], ["pressure", "--of", "both"], ["zoning"], ["overlaps", "--from", "parks", "--to", "housing"],
        ["distances", "--from", "centres", "--to", "housing", "--within", "500"],
        ["distances", "--from", "housing", "--to", "parks", "--nearest"], ["headroom"],
        ["headroom", "--of", "housing"],
        ["scenario", "notebooks-md/data/wernink-scenario.json"],
        ["pressure", "--parks", "notebooks-md/data/ibis-example.geojson"],
        ["zoning", "--parks", "notebooks-md/data/ibis-example.geojson"],
    ])
    func peopleTablesFitOneHundredColumns(_ command: [String]) throws {
        let run = try ruimte(arguments: command + ["--quiet"])
        #expect(run.status == 0)
        let long: [String] = run.stdout.split(separator: "\n").map(String.init).filter { $0.count > 100 }
        let name = command.joined(separator: " ")
        #expect(long.isEmpty, "\(name): \(long.first ?? "")")
        // Sites by name, not by slug (zones have ids only; the scenario's verdict table lists ids).
        #expect(command[0] == "scenario" || !run.stdout.contains("leidse-schans  "), "\(name): names, not slugs")
    }

    /// `--lang nl`: every table title and column header of every command is Dutch (codes such as
    /// BP-3, and words that are the same in both languages, excepted); keys stay English.
    @Test(arguments: [
        ["sites"], ["pressure", "--of", "both"], ["zoning"], ["overlaps", "--from", "parks", "--to", "housing"],
        ["distances", "--from", "centres", "--to", "housing", "--within", "500"], ["headroom"],
        ["headroom", "--of", "housing"],
        ["scenario", "notebooks-md/data/wernink-scenario.json"],
        [
            "intensity", "--buildings", "notebooks-md/data/bag-example.gpkg|layername=pand",
            "--dwellings", "notebooks-md/data/bag-example.gpkg|layername=verblijfsobject",
        ],
    ])
    func dutchHeadersThroughout(_ command: [String]) throws {
        func titles(_ lang: String) throws -> [String] {
            let run = try ruimte(arguments: command + ["--format", "json", "--lang", lang, "--quiet"])
            let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let tables = document?["tables"] as? [[String: Any]] ?? []
            return tables.flatMap { t in
                [t["title"] as? String ?? ""]
                    + (t["columns"] as? [[String: Any]] ?? []).map { $0["title"] as? String ?? "" }
            }
        }
        let en = try titles("en"), nl = try titles("nl")
        #expect(en.count == nl.count && !en.isEmpty)
        let same = Set([
            "± (m)", "var.", "id", "zone", "cat.", "variant", "GSI", "FSI", "richtafstand (m)", "zone (ha)", "conflict",
            "BP-7 comp.",
        ])
        let untranslated = zip(en, nl).filter {
            $0 == $1 && !same.contains($0) && !$0.hasPrefix("BP-") && !$0.hasPrefix("SC-")
                && !$0.hasPrefix("Scenario: ") && !$0.contains(" (low)") && !$0.contains(" (high)")
                && !$0.contains(" (text)")
        }.map(\.0)
        #expect(untranslated.isEmpty, "\(command.joined(separator: " ")): \(untranslated)")
        let people = try ruimte(arguments: command + ["--lang", "nl", "--quiet"]).stdout
        #expect(people.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func dutchReport() throws {
        let run = try ruimte("report", "--lang", "nl", "--quiet")
        #expect(run.status == 0 && run.stdout.hasPrefix("# Ruimte: ruimtedruk in Leiden\n"))
        #expect(
            run.stdout.contains("## Kern: signaal per bedrijventerrein") && run.stdout.contains("| terrein | signaal |")
        )
        #expect(run.stdout.contains("| Leidse Schans | oranje | 3.2 | 0-4 | 0,373 |"))
        let map = try ruimte("map", "--lang", "nl", "--date", "2026-03-01", "--quiet")
        #expect(
            map.stdout.contains(">Ruimte voor werken en wonen in Leiden</text>")
                && map.stdout.contains(">terrein, oranje: "))
    }

    @Test func wideShowsTheDetailColumns() throws {
        let narrow = try ruimte("zoning", "--quiet"), wide = try ruimte("zoning", "--wide", "--quiet")
        #expect(
            !narrow.stdout.contains("shortfall (m)") && wide.stdout.contains("shortfall (m)")
                && wide.stdout.contains("leidse-schans-driehoek"))
    }
}
