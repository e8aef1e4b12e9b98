import Foundation
import RuimteFormats
import RuimteTestSupport
import Testing

@testable import RuimteGeometry

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    @Test func valuesOfEveryKind() throws {
        let value = try parse(
            #" { "a": [1, -2.5, 3e2, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "o": {} } "#)
        #expect(
            value
                == .object([
                    "a": .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]),
                    "s": .string("x\"\\/\né😀"), "o": .object([:]),
                ]))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("\"Stationsgebied – Leiden\"") == .string("Stationsgebied – Leiden"))
    }

    @Test func numbersAreCorrectlyRounded() throws {
        // Every number must equal the standard library's correctly rounded reading, bit for bit.
        var rng = SeededGenerator(seed: 5)
        var texts = [
            "0", "-0", "0.1", "0.3", "94000.123", "463999.999", "1e-7", "5e-324", "1.7976931348623157e308",
            "123456789012345678901234567890", "0.30000000000000004", "9007199254740993", "4.35", "52.166667",
        ]
        for _ in 0..<2000 {
            let v = Double.random(in: -1e6..<1e6, using: &rng)
            texts.append(String(format: "%.\(Int.random(in: 0...9, using: &rng))f", v))
            texts.append("\(v)")
        }
        for text in texts {
            #expect(try parse(text).numberValue?.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
    }

    @Test func errorsNameLineAndColumn() {
        func message(_ text: String) -> String {
            do {
                _ = try parse(text)
                return "parsed"
            } catch { return (error as? JSONSyntaxError)?.message ?? "\(error)" }
        }
        #expect(message("{\n  \"a\": [1, 2,\n") == "unexpected end of the text at line 3, column 1")
        #expect(
            message("[1, 2,]")
                == "expected a value (object, array, string, number, true, false or null) at line 1, column 7")
        #expect(message("[01]").hasPrefix("a number has a leading zero"))
        #expect(message("[NaN]").hasPrefix("expected a value"))
        #expect(message("{\"a\" 1}").hasPrefix("expected ':' after a member name"))
        #expect(message("[1] x").hasPrefix("unexpected text after the end"))
        #expect(message("\"tab\there\"").hasPrefix("control character in a string"))
        #expect(message("[1e999]").hasPrefix("a number is out of range"))
        #expect(message(String(repeating: "[", count: 600)).hasPrefix("nesting deeper than 512 levels"))
    }

    @Test func streamsOneArrayMember() throws {
        // The crs member stands after the features, and still comes first.
        let text = #"{"type": "FeatureCollection", "features": [{"id": 1}, {"id": 2}, [3]], "crs": {"name": "x"}}"#
        var events: [String] = []
        try JSONParser.streamArray(
            "features", of: Data(text.utf8),
            members: { members in
                #expect(members["features"] == .array([]))
                events.append("members \(members.keys.sorted())")
            },
            element: { index, value in
                events.append("\(index): \(value)")
            })
        #expect(
            events == [
                "members [\"crs\", \"features\", \"type\"]", "0: object([\"id\": RuimteFormats.JSONValue.number(1.0)])",
                "1: object([\"id\": RuimteFormats.JSONValue.number(2.0)])",
                "2: array([RuimteFormats.JSONValue.number(3.0)])",
            ])
        // Not an array: the value goes to members and no element follows.
        try JSONParser.streamArray(
            "features", of: Data(#"{"features": 7}"#.utf8),
            members: { members in
                #expect(members["features"] == .number(7))
            }, element: { _, _ in Issue.record("no element expected") })
        #expect(throws: JSONSyntaxError.self) {
            try JSONParser.streamArray("features", of: Data("[1]".utf8), members: { _ in }, element: { _, _ in })
        }
        #expect(throws: JSONSyntaxError.self) {
            try JSONParser.streamArray(
                "features", of: Data(#"{"features": [1, 2"#.utf8), members: { _ in }, element: { _, _ in })
        }
    }
}
