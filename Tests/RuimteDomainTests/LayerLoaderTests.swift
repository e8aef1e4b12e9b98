import Foundation
import RuimteTestSupport
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

@Suite struct LayerLoaderTests {
    /// Loads `text` as a parks layer and returns the problems, which must all name the file.
    func problems(_ text: String, name: String = "bad.geojson") throws -> [LoadProblem] {
        let path = try TestFiles.write(name, text)
        var loader = try LayerLoader()
        do {
            _ = try loader.parks(path)
            Issue.record("loaded a bad file")
            return []
        } catch {
            #expect(error.problems.allSatisfy { $0.file == path })
            return error.problems
        }
    }

    @Test func goodFileInWGS84AndRDNew() throws {
        let wgs = try TestFiles.write(
            "p.geojson",
            featureCollection(properties: #""id":"p1","name":"P","milieucategorie":"3.2","accuracy_m":5,"jobs":12"#))
        var loader = try LayerLoader()
        let parks = try loader.parks(wgs)
        #expect(parks.count == 1 && parks[0].jobs == 12 && parks[0].zones.first?.category == .c3_2)
        let rd = try TestFiles.write(
            "rd.geojson",
            featureCollection(
                properties: #""id":"r1","accuracy_m":1"#,
                ring: "[[93000,463000],[93100,463000],[93100,463100],[93000,463100],[93000,463000]]",
                extra: #""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"#))
        let rdParks = try loader.parks(rd)
        #expect(try GEOSSession().native(rdParks[0].geometry).area() == 10_000)
    }

    @Test func invalidGeometryGivesGEOSReason() throws {
        let found = try problems(
            featureCollection(
                properties: #""id":"bow""#,
                ring: "[[4.47,52.15],[4.48,52.16],[4.48,52.15],[4.47,52.16],[4.47,52.15]]"))
        #expect(found.count == 1 && found[0].feature == "id \"bow\"" && found[0].message.contains("Self-intersection"))
    }

    @Test func wrongGeometryType() throws {
        let found = try problems(featureCollection(properties: #""id":"pt""#, ring: "[4.47,52.15]", type: "Point"))
        #expect(found.first?.message.contains("Point") == true && found.first?.feature == "id \"pt\"")
    }

    @Test func rdNumbersInWGS84FileAndSwappedAxes() throws {
        let rd = try problems(
            featureCollection(
                properties: #""id":"rd""#,
                ring: "[[93000,463000],[93100,463000],[93100,463100],[93000,463100],[93000,463000]]"))
        #expect(rd.first?.message.contains("look like RD New") == true)
        let swapped = try problems(
            featureCollection(
                properties: #""id":"sw""#,
                ring: "[[52.15,4.47],[52.15,4.48],[52.16,4.48],[52.16,4.47],[52.15,4.47]]"))
        #expect(swapped.first?.message.contains("swapped") == true)
        let abroad = try problems(
            featureCollection(
                properties: #""id":"paris""#,
                ring: "[[2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.9],[2.3,48.8]]"))
        #expect(abroad.first?.message.contains("outside the Netherlands") == true)
    }

    @Test func missingAndDuplicateIDs() throws {
        let missing = try problems(featureCollection(properties: #""name":"Nameless""#))
        #expect(missing.first?.feature == "feature #1 (Nameless)" && missing.first?.message.contains("no id") == true)
        let one =
            #"{"type":"Feature","properties":{"id":"twin"},"geometry":{"type":"Polygon","coordinates":[[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.15]]]}}"#
        let duplicate = try problems(#"{"type":"FeatureCollection","features":[\#(one),\#(one)]}"#)
        #expect(
            duplicate.count == 1 && duplicate[0].message.contains("duplicate id")
                && duplicate[0].feature == "id \"twin\"")
    }

    @Test func unknownCategoryAndNonNumericFigures() throws {
        let found = try problems(
            featureCollection(properties: #""id":"x","milieucategorie":"3.5","jobs":"many","accuracy_m":10"#))
        #expect(found.contains { $0.message.contains("unknown milieucategorie \"3.5\"") })
        #expect(found.contains { $0.message.contains("\"jobs\" is a string") })
        #expect(found.allSatisfy { $0.feature == "id \"x\"" })
    }

    @Test func absurdFiguresAreRefusedAtTheDoor() throws {
        // An accuracy of 1e200 m made GEOS fail with NaN (exit 70); now the feature and field are named.
        let found = try problems(featureCollection(properties: #""id":"x","accuracy_m":1e200,"hectares_stated":5e6"#))
        #expect(found.contains { $0.message.contains("\"accuracy_m\"") && $0.message.contains("makes sense") })
        #expect(found.contains { $0.message.contains("\"hectares_stated\"") && $0.message.contains("makes sense") })
        #expect(found.allSatisfy { $0.feature == "id \"x\"" })
        var loader = try LayerLoader()
        let fine = try TestFiles.write("fine.geojson", featureCollection(properties: #""id":"x","accuracy_m":10000"#))
        #expect(try loader.parks(fine).count == 1)
    }

    @Test func anEmptyCollectionReadsAsNoneWithARemark() throws {
        var loader = try LayerLoader()
        let path = try TestFiles.write("none.geojson", #"{"type":"FeatureCollection","features":[]}"#)
        #expect(try loader.parks(path).isEmpty)
        #expect(loader.warnings.map(\.description) == ["\(path): the layer has no features: read as none"])
    }

    @Test func unreadableAndMalformedFiles() throws {
        var loader = try LayerLoader()
        let directory = try TestFiles.scratchDirectory().path
        for (path, reason, words) in [
            (directory + "/missing.geojson", ExitStatus.noInput, "no such file"),
            (directory, .noInput, "is a directory"),
            (try TestFiles.write("empty.geojson", ""), .badData, "empty (0 bytes)"),
            (
                try TestFiles.write("trunc.geojson", #"{"type":"FeatureCollection","features":[{"type":"Fea"#),
                .badData, "not valid JSON"
            ),
            (try TestFiles.write("array.geojson", "[1,2]"), .badData, "FeatureCollection"),
        ] {
            do {
                _ = try loader.parks(path)
                Issue.record("loaded \(path)")
            } catch {
                #expect(error.exitStatus == reason, "\(path)")
                #expect(error.problems.first?.file == path)
                #expect(error.problems.first?.message.contains(words) == true, "\(error)")
            }
        }
    }

    @Test func ibisExportMapsOntoBusinessParks() throws {
        let path = try TestFiles.write(
            "ibis.geojson",
            featureCollection(
                properties:
                    #""RIN_NUMMER":"0546-001","PLANNAAM":"Testterrein","OPP_BRUTO":12.5,"OPP_NETTO":9.0,"OPP_TERSTOND_UITGEEFBAAR":0,"MAX_HINDERCAT_TERREIN":3"#
            ))
        var loader = try LayerLoader()
        let parks = try loader.parks(path)
        #expect(parks.count == 1)
        #expect(parks[0].id == "0546-001" && parks[0].name == "Testterrein")
        #expect(parks[0].ibis == IBISAccounts(brutoHectares: 12.5, nettoHectares: 9, terstondUitgeefbaarHectares: 0))
        #expect(parks[0].zones.first?.category == .c3_2 && parks[0].zones.first?.lightestCategory == .c3_1)
        #expect(loader.warnings.contains { $0.message.contains("main class 3") })
    }

    @Test func ibisWithAnIDColumnAndShapefileNames() throws {
        // As a Shapefile export carries it: an id column, names cut to 10 characters.
        let path = try TestFiles.write(
            "ibis.geojson",
            featureCollection(
                properties:
                    #""id":7,"rin_nummer":"0546-002","plannaam":"Kort","opp_bruto":4,"opp_tersto":1.5,"max_hinder":4"#))
        var loader = try LayerLoader()
        let parks = try loader.parks(path)
        #expect(parks.map(\.id) == ["0546-002"] && parks[0].ibis?.terstondUitgeefbaarHectares == 1.5)
        #expect(parks[0].zones.first?.categoryText == "4.1-4.2")
    }

    /// An older IBIS export in RD New: one terrain (RIN 0546-003) as two adjacent 100 m squares
    /// of 2021 and a third of 2019; areas as text in m² with a decimal comma.
    static func oldIBIS(bruto: (String, String)) -> String {
        func part(_ x: Int, _ year: Int, _ opp: String) -> String {
            let ring = "[[\(x),463000],[\(x + 100),463000],[\(x + 100),463100],[\(x),463100],[\(x),463000]]"
            return #"{"type":"Feature","properties":{"RINNUMMER":"0546-003","BEDRIJVENT":"Roomburg","KERN":"Leiden","#
                + #""OPPBRUTO":"\#(opp)","OPPNETTO":"8000,5","JAAR":\#(year)},"#
                + #""geometry":{"type":"Polygon","coordinates":[\#(ring)]}}"#
        }
        let crs = #""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}}"#
        return #"{"type":"FeatureCollection",\#(crs),"features":["#
            + [part(94_000, 2021, bruto.0), part(94_100, 2021, bruto.1), part(94_300, 2019, "10000")].joined(
                separator: ",") + "]}"
    }

    @Test func partsOfOneTerrainAreDissolved() throws {
        var loader = try LayerLoader()
        // Each part states its own 1 ha in m²: the park is 2 ha, bruto summed, netto 2 × 0.80005 ha.
        let parts = try loader.parks(try TestFiles.write("old.geojson", Self.oldIBIS(bruto: ("10000,0", "10.000,0"))))
        #expect(parts.count == 1 && parts[0].id == "0546-003" && parts[0].name == "Roomburg")
        #expect(abs(parts[0].ibis!.brutoHectares! - 2) < 1e-9 && abs(parts[0].ibis!.nettoHectares! - 1.6001) < 1e-9)
        #expect(parts[0].figuresYear == 2021 && parts[0].geometry.polygons.count == 1)
        let notes = loader.warnings.map(\.message)
        #expect(notes.contains { $0.hasPrefix("OPPBRUTO read as m²") })
        #expect(notes.contains { $0.contains("1 features of JAAR 2019 left out") && $0.contains("areas summed") })
        // Each part states the terrain's 2 ha: taken once.
        var again = try LayerLoader()
        let terrain = try again.parks(try TestFiles.write("old2.geojson", Self.oldIBIS(bruto: ("20000", "20000"))))
        #expect(abs(terrain[0].ibis!.brutoHectares! - 2) < 1e-9)
        // Text that is no number is named, never read as 0.
        var bad = try LayerLoader()
        #expect {
            _ = try bad.parks(try TestFiles.write("old3.geojson", Self.oldIBIS(bruto: ("n.b.", "20000"))))
        } throws: { error in
            (error as? LayerError)?.problems.first?.message.contains("\"OPPBRUTO\" is a string (\"n.b.\")") == true
        }
    }

    @Test func fieldsAreMappedByName() throws {
        let path = try TestFiles.write(
            "mapped.geojson",
            featureCollection(properties: #""OBJECTID":"t1","Naam_Terrein":"Een","NAUWKEURIG":5,"MAX_CAT":"3.2""#))
        var loader = try LayerLoader()
        loader.fieldMap = [
            "id": "OBJECTID", "name": "naam_terrein", "accuracy_m": "nauwkeurig", "milieucategorie": "MAX_CAT",
        ]
        let parks = try loader.parks(path)
        #expect(parks.map(\.id) == ["t1"] && parks[0].name == "Een" && parks[0].accuracy == 5)
        #expect(parks[0].zones.first?.categoryText == "3.2")
        // The mapped sources count as read: nothing is listed as unused.
        #expect(loader.attributeUse[path]?.unused == [])
    }

    @Test func currentIBISServiceFieldsAreHectares() throws {
        let path = try TestFiles.write(
            "ibis-now.geojson",
            featureCollection(
                properties:
                    #""RIN_NUMMER":"0546-004","PLAN_NAAM":"De Waard","GEM_CODES":"GM0546","HA_BRUTO":4.2,"#
                    + #""HA_NETTO":3.1,"HA_TOTTUIT":0.4,"WLOC_TYPE":"C2","JAAR":2024"#))
        var loader = try LayerLoader()
        let parks = try loader.parks(path)
        #expect(parks.map(\.id) == ["0546-004"] && parks[0].name == "De Waard" && parks[0].figuresYear == 2024)
        #expect(parks[0].ibis == IBISAccounts(brutoHectares: 4.2, nettoHectares: 3.1, terstondUitgeefbaarHectares: 0.4))
    }

    @Test func zonesMustNameAnExistingPark() throws {
        let parks = try TestFiles.write("p.geojson", featureCollection(properties: #""id":"p1","accuracy_m":5"#))
        let zones = try TestFiles.write(
            "z.geojson",
            featureCollection(properties: #""id":"z1","park":"elsewhere","milieucategorie":"2","accuracy_m":5"#))
        var loader = try LayerLoader()
        do {
            _ = try loader.parks(parks, zonesFile: zones)
            Issue.record("accepted an orphan zone")
        } catch {
            #expect(error.problems.first?.file == zones && error.problems.first?.message.contains("elsewhere") == true)
        }
    }
}

@Suite struct RichtafstandenTests {
    @Test func aTableAsExcelSavesIt() throws {
        // Dutch Excel: a byte-order mark, CRLF, semicolons and decimal commas; a comment line first.
        let rows = [
            "1;10;0", "2;30;10", "3.1;50;30", "3.2;100;50", "4.1;200;100", "4.2;300;200", "5.1;500;300",
            "5.2;700;500", "5.3;1000;700", "6;1500,5;1000",
        ]
        let text = "\u{FEFF}# VNG 2009\r\nmilieucategorie;rustig;gemengd\r\n" + rows.joined(separator: "\r\n") + "\r\n"
        let table = try Richtafstanden.parse(text, file: "excel.csv")
        #expect(table.distance(.c3_2, .rustig) == 100 && table.distance(.c6, .rustig) == 1500.5)
        #expect(table.source == "VNG 2009")
        // The same with commas and CRLF.
        let comma = text.replacingOccurrences(of: "1500,5", with: "1500.5").replacingOccurrences(of: ";", with: ",")
        #expect(try Richtafstanden.parse(comma, file: "excel.csv").distance(.c6, .rustig) == 1500.5)
    }

    @Test func bundledTableIsVNG2009() throws {
        let table = try Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv")
        let expected: [(Milieucategorie, Double, Double)] = [
            (.c1, 10, 0), (.c2, 30, 10), (.c3_1, 50, 30), (.c3_2, 100, 50), (.c4_1, 200, 100), (.c4_2, 300, 200),
            (.c5_1, 500, 300), (.c5_2, 700, 500), (.c5_3, 1000, 700), (.c6, 1500, 1000),
        ]
        for (c, rustig, gemengd) in expected {
            #expect(table.distance(c, .rustig) == rustig && table.distance(c, .gemengd) == gemengd)
        }
        // Gemengd is one step lower: each category's gemengd distance is the rustig distance below it.
        for (lower, upper) in zip(Milieucategorie.allCases, Milieucategorie.allCases.dropFirst()) {
            #expect(table.distance(upper, .gemengd) == table.distance(lower, .rustig))
        }
        #expect(table.heaviestCategory(allowedAt: 40, .rustig) == .c2)
        #expect(table.heaviestCategory(allowedAt: 50, .rustig) == .c3_1)
        #expect(table.heaviestCategory(allowedAt: 5, .rustig) == nil)
        #expect(table.source.contains("Zuidwest"))
    }

    @Test func categoriesAreOrderedNotNumbers() {
        #expect(Milieucategorie.c3_2 < .c4_1 && Milieucategorie.c2 < .c3_1)
        #expect(Milieucategorie(parsing: "3,2") == .c3_2)
        #expect(Milieucategorie(parsing: "3.5") == nil)
        #expect(Milieucategorie.ibisMainClass(4) == .c4_1 ... .c4_2)
    }
}
