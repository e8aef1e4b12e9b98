import Foundation
import Testing

@testable import RuimteDomain
@testable import RuimteGeometry

/// Checks the bundled layers against the public facts they were digitised from
/// (positions and figures from the research notes' sources, not from the layers).
@Suite struct LeidenGeodataTests {
    @Test func bundledLayersLoadComplete() throws {
        let catalogue = try leiden()
        #expect(
            catalogue.parks.map(\.name).sorted() == [
                "Amphoraweg", "De Waard", "Leidse Schans", "Merenwijk", "Roomburg",
                "Rooseveltstraat", "Stevenshof", "Trekvliet",
            ])
        #expect(
            catalogue.centres.map(\.name).sorted() == [
                "Diamantplein", "Kooiplein", "Kopermolen", "Luifelbaan",
                "Stevensbloem", "Wagnerplein",
            ])
        #expect(
            catalogue.housing.map(\.name).sorted() == [
                "Lammenschans", "Stationsgebied", "Wernink", "Willem de Zwijgerlaan",
            ])
        let geos = try GEOSSession()
        for site in catalogue.allRecords {
            #expect(try geos.native(site.geometry).isValid(), "\(site.id) invalid")
            #expect(site.sources["geometry"]?.isEmpty == false, "\(site.id) has no geometry source")
            #expect(site.accuracy > 0, "\(site.id) has no accuracy")
        }
        let rooseveltstraat = try #require(catalogue.park("rooseveltstraat"))
        #expect(rooseveltstraat.zones.map(\.category) == [.c2, .c3_2, .c2])  // noord, oost, west (by id)
        #expect(catalogue.park("de-waard")?.zones.count == 2)
        #expect(catalogue.park("amphoraweg")?.zones.isEmpty == true)  // no source states its category
    }

    @Test func statedAreasAgreeWithinAccuracy() throws {
        let catalogue = try leiden()
        let geos = try GEOSSession()
        var checked = 0
        for (record, stated) in catalogue.parks.map({ ($0.record, $0.statedHectares) })
            + catalogue.housing.map({ ($0.record, $0.statedHectares) })
        {
            guard let stated else { continue }
            let native = try geos.native(record.geometry)
            // A boundary uncertain by `accuracy` metres moves the area by up to perimeter x accuracy.
            let tolerance = try native.length() * record.accuracy
            #expect(abs(try native.area() - stated * 10_000) <= tolerance, "\(record.id)")
            // The outlines were drawn to the stated figure, so they also agree much closer.
            #expect(abs(try native.area() / 10_000 - stated) / stated < 0.01, "\(record.id)")
            checked += 1
        }
        #expect(checked == 3)  // Amphoraweg 3.5 ha, Roomburg 13.13 ha, Lammenschans 19 ha
    }

    @Test func knownAdjacenciesAndSides() throws {
        let catalogue = try leiden()
        let geos = try GEOSSession()
        func native(_ id: String) throws -> NativeGeometry {
            try geos.native(try #require(catalogue.site(id)).geometry)
        }
        func point(_ lat: Double, _ lon: Double) throws -> NativeGeometry {
            try geos.native(rdPoint(lat: lat, lon: lon))
        }

        #expect(try native("wernink").distance(native("amphoraweg")) <= 50)
        // Lammenschans station (de.wikipedia): outside the Driehoek, within 300 m of it.
        let lammenschansStation = try point(52.14694, 4.49278)
        #expect(try !native("lammenschans").contains(lammenschansStation))
        #expect(try native("lammenschans").distance(lammenschansStation) <= 300)
        // Leiden Centraal (nl.wikipedia) in the Stationsgebied; Molen De Valk (molendatabase) outside it.
        #expect(try native("stationsgebied").contains(point(52.16639, 4.48222)))
        #expect(try !native("stationsgebied").contains(point(52.164505, 4.486264)))
        // Roomburg: the Hettinga-terrein (RD 95290, 462780) inside, Castellum Matilo outside.
        #expect(try native("roomburg").contains(geos.native(.point(Point(x: 95_290, y: 462_780)))))
        #expect(try !native("roomburg").contains(point(52.1500, 4.5178)))
        // Merenwijk: GAMMA Flevoweg 1 and the Stadsmolen inside.
        #expect(try native("merenwijk").contains(point(52.174453, 4.498177)))
        #expect(try native("merenwijk").contains(point(52.1725, 4.4978)))
        // Leidse Schans strip: GAMMA Lammenschansweg 130 inside.
        #expect(try native("leidse-schans").contains(point(52.145964, 4.491038)))
        // Rooseveltstraat 49C, 'op het bedrijventerrein Roosevelt', in the west zone (category 2).
        let west = try #require(catalogue.park("rooseveltstraat")?.zones.first { $0.id == "rooseveltstraat-west" })
        #expect(try geos.native(west.geometry).contains(point(52.138396, 4.477065)))
        // Shopping-centre geocodes inside their outlines.
        for (id, lat, lon) in [
            ("kooiplein", 52.16651, 4.50694), ("luifelbaan", 52.14676, 4.47752),
            ("diamantplein", 52.15687, 4.46532), ("kopermolen", 52.17649, 4.50572),
            ("stevensbloem", 52.15100, 4.45373),
        ] {
            #expect(try native(id).contains(point(lat, lon)), "\(id)")
        }
        // Wernink and Amphoraweg lie east of the railway Leiden Centraal - De Vink.
        let lc = try rdPoint(lat: 52.16639, lon: 4.48222), dv = try rdPoint(lat: 52.14722, lon: 4.45639)
        guard case .point(let a) = lc, case .point(let b) = dv else {
            Issue.record("not points")
            return
        }
        for id in ["wernink", "amphoraweg"] {
            let centroid = try native(id).centroid().value()
            guard case .point(let c) = centroid else {
                Issue.record("no centroid")
                continue
            }
            let cross =
                (b.coordinate.x - a.coordinate.x) * (c.coordinate.y - a.coordinate.y)
                - (b.coordinate.y - a.coordinate.y) * (c.coordinate.x - a.coordinate.x)
            #expect(cross > 0, "\(id) is not east of the railway")  // left of the south-west-bound track is east
        }
    }

    /// The facts of the second round (data-round2.md §2-§4), each from its own source.
    @Test func secondRoundFacts() throws {
        let catalogue = try leiden()
        let geos = try GEOSSession()
        func native(_ id: String) throws -> NativeGeometry {
            try geos.native(try #require(catalogue.site(id)).geometry)
        }
        func point(_ lat: Double, _ lon: Double) throws -> NativeGeometry {
            try geos.native(rdPoint(lat: lat, lon: lon))
        }
        // Stevenshof is the Kenauweg estate: Dierentehuis Stevenshage, Kenauweg 1 (Nominatim,
        // about 75 m) inside; identified, extent unknown; 300 m.
        let stevenshof = try #require(catalogue.park("stevenshof"))
        #expect(try native("stevenshof").distance(point(52.157614, 4.4473509)) <= 75)
        #expect(try native("stevenshof").contains(point(52.157614, 4.4473509)))
        #expect(stevenshof.locationStatus == .identified && stevenshof.accuracy == 300)
        // De Waard: Admiraal Banckertweg 2 (Google and Waze), on a stated boundary street, inside;
        // still south of the Oude Rijn and the Kooiplein; milieucategorie 3.1, 3.2 on a few western plots.
        let deWaard = try #require(catalogue.park("de-waard"))
        #expect(try native("de-waard").contains(point(52.1585552, 4.5119485)))
        #expect(try native("de-waard").distance(native("kooiplein")) > 0)
        #expect(deWaard.zones.map(\.categoryText) == ["3.1", "3.1-3.2"])  // de-waard-oost, de-waard-west
        #expect(
            try abs(
                geos.native(.multiPolygon(MultiPolygon(deWaard.zones.flatMap(\.geometry.polygons)))).unaryUnion().area()
                    - native("de-waard").area()) < 1)
        // Rooseveltstraat and Trekvliet share the Trekvliet canal: within a canal's width
        // (20-40 m) of each other, without overlapping.
        let gap = try native("rooseveltstraat").distance(native("trekvliet"))
        #expect(gap > 0 && gap <= 40)
        // Roomburg's class 4 is the range 4.1-4.2.
        #expect(catalogue.park("roomburg")?.zones.first?.categoryText == "4.1-4.2")
    }

    @Test func everythingInsideLeiden() throws {
        // Leiden's municipal extent, generously: its westernmost (Stevenshofjesmolen, RD 90393)
        // and easternmost (Castellum Matilo, RD 95497) reference points and the city's
        // north-south span (Merenwijk to the Vlietzone), padded by 1.5 km.
        let leidenExtent = Envelope(minX: 88_900, minY: 459_500, maxX: 97_000, maxY: 467_500)
        for site in try leiden().allRecords {
            let env = try #require(site.geometry.envelope)
            #expect(
                env.minX >= leidenExtent.minX && env.maxX <= leidenExtent.maxX
                    && env.minY >= leidenExtent.minY && env.maxY <= leidenExtent.maxY, "\(site.id)")
        }
    }

    @Test func lookupByIdAndName() throws {
        let catalogue = try leiden()
        #expect(catalogue.site("amphoraweg")?.name == "Amphoraweg")
        #expect(catalogue.site("willem de zwijgerlaan")?.id == "willem-de-zwijgerlaan")
        #expect(catalogue.site("nowhere") == nil)
        #expect(catalogue.filtered(to: ["wernink"]).housing.map(\.id) == ["wernink"])
    }
}
