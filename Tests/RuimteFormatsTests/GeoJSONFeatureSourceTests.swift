import Foundation
import RuimteFormats
import RuimteGeometry
import RuimteTestSupport
import Testing

/// The GeoJSON source: what it yields per feature, the CRS it declares, file-level errors.
@Suite struct GeoJSONFeatureSourceTests {
    private func read(_ text: String) throws -> (LayerHeader?, [SourceFeature]) {
        let path = try TestFiles.write("layer.geojson", text)
        var header: LayerHeader?
        var features: [SourceFeature] = []
        try GeoJSONFeatureSource(path: path).read(header: { header = $0 }, feature: { features.append($0) })
        return (header, features)
    }

    @Test func yieldsIDsPropertiesAndRawOrdinates() throws {
        let (header, features) = try read(
            """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","id":7,"properties":{"name":"a","n":1.5},"geometry":{"type":"Point","coordinates":[4.5,52.1]}},
             {"type":"Feature","properties":null,"geometry":null},
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0]]]}},
             {"type":"Thing"}]}
            """)
        #expect(header == LayerHeader())
        #expect(features.count == 4)
        #expect(features[0].featureID == .number(7) && features[0].properties["n"] == .number(1.5))
        guard case .read(let point) = features[0].geometry else {
            Issue.record("not read")
            return
        }
        // The ordinates as stored: the source does not know they are degrees.
        #expect(point == .point(Point(Stored(first: 4.5, second: 52.1))))
        guard case .missing = features[1].geometry else {
            Issue.record("geometry null is missing")
            return
        }
        guard case .unreadable(let type, _) = features[2].geometry else {
            Issue.record("short ring is unreadable")
            return
        }
        #expect(type == "Polygon")
        #expect(features[3].problem == "is not a GeoJSON Feature (type Thing)")
    }

    @Test func declaredCRSInEveryLegacyForm() throws {
        let point = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}"#
        let cases: [(String, LayerHeader)] = [
            (#"{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}}"#, LayerHeader(crs: .epsg(28992))),
            (#"{"type":"name","properties":{"name":"EPSG:3857"}}"#, LayerHeader(crs: .epsg(3857))),
            (#"{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}"#, LayerHeader(crs: .crs84)),
            (#"{"type":"EPSG","properties":{"code":28992}}"#, LayerHeader(crs: .epsg(28992))),
            (
                #"{"type":"link","properties":{"href":"http://example.com/crs","type":"proj4"}}"#,
                LayerHeader(unreadableCRS: "crs member of type \"link\" (a link or an unknown form)")
            ),
        ]
        for (crs, expected) in cases {
            let (header, _) = try read(#"{"type":"FeatureCollection","features":[\#(point)],"crs":\#(crs)}"#)
            #expect(header == expected, "\(crs)")
        }
    }

    @Test func crsNamesAreReadWhole() {
        #expect(CRSName.parse("EPSG:28992") == .epsg(28992))
        #expect(CRSName.parse("http://www.opengis.net/def/crs/EPSG/0/28992") == .epsg(28992))
        #expect(CRSName.parse("urn:ogc:def:crs:EPSG:6.18:4258") == .epsg(4258))
        #expect(CRSName.parse("EPSG:289920") == .epsg(289_920))
        #expect(CRSName.parse("EPSG:28992x") == nil)
        #expect(CRSName.parse("RD New") == nil)
    }

    @Test func fileLevelErrors() throws {
        for (text, reason, start) in [
            ("", ExitStatus.badData, "is empty"), ("[1,2]", .badData, "expected a GeoJSON FeatureCollection"),
            (#"{"type":"FeatureCollection","features":[{"#, .badData, "is not valid JSON"),
        ] {
            let path = try TestFiles.write("bad.geojson", text)
            do {
                try GeoJSONFeatureSource(path: path).read(header: { _ in }, feature: { _ in })
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.exitStatus == reason && error.message.hasPrefix(start), "\(error.message)")
            }
        }
        do {
            try GeoJSONFeatureSource(path: "/nonexistent/x.geojson").read(header: { _ in }, feature: { _ in })
        } catch {
            #expect(error.exitStatus == .noInput)
        }
    }
}
