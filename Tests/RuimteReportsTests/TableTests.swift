import RuimteReports
import Testing

/// Tables as people and machines get them: ranges split into `_low`/`_high`, one type per
/// machine column, detail and note columns, and people's tables within 100 characters.
@Suite struct TableTests {
    private let table = Table(
        name: "parks", title: .verbatim("Parks"),
        columns: [
            Column("park_id", .verbatim("park")),
            Column("steps", .verbatim("BP-3"), .range, legend: .verbatim("steps lost")),
            Column("area_m2", .verbatim("area (m2)"), .number, role: .detail),
            Column("why", .verbatim("why"), role: .note),
        ],
        rows: [
            [
                .site("leidse-schans", "Leidse Schans"), .interval(0, 4, decimals: 0), .number(12.25, decimals: 1),
                .text("too inaccurate"),
            ],
            [.site("roomburg", "Roomburg"), .interval(2, 2, decimals: 0), .missing, .missing],
        ], notes: [.verbatim("a note")])

    @Test func machinesGetRangesAsPairsAndCodesNotLabels() {
        #expect(
            table.csv()
                == "park_id,steps_low,steps_high,area_m2,why\r\nleidse-schans,0.000,4.000,12.2500,too inaccurate\r\nroomburg,2.000,2.000,,\r\n"
        )
        let json = table.json()
        #expect(json.contains(#"{"key": "steps_low", "title": "BP-3 (low)", "type": "number"}"#))
        #expect(
            json.contains(
                #"{"park_id": "roomburg", "steps_low": 2.000, "steps_high": 2.000, "area_m2": null, "why": null}"#))
        #expect(table.typeProblems.isEmpty)
    }

    @Test func peopleGetNamesLegendsAndNotes() {
        let text = table.plainText()
        #expect(text.contains("Leidse Schans") && !text.contains("leidse-schans"))
        #expect(text.contains("0-4") && !text.contains("area (m2)"))
        #expect(text.contains("  BP-3: steps lost\n") && text.contains("  why, Leidse Schans: too inaccurate\n"))
        #expect(!text.contains("why, Roomburg"))
        #expect(table.plainText(wide: true).contains("area (m2)"))
        // The missing area is shown only with --wide, and only then is "no data" explained.
        #expect(!text.contains("–: no data") && table.plainText(wide: true).contains("–: no data"))
    }

    @Test func aCellOfTheWrongTypeIsFound() {
        var wrong = table
        wrong.rows[1][1] = .text("0-4 (undetermined)")
        #expect(wrong.typeProblems == [#"parks: steps, row 2: text("0-4 (undetermined)") in a range column"#])
    }

    @Test func selectingAcceptsMachineKeys() {
        let (selected, unknown) = table.selecting(["steps_high", "park_id"])
        #expect(unknown == nil && selected.columns.map(\.key) == ["steps", "park_id"])
        #expect(table.selecting(["nope"]).unknown == "nope")
    }

    @Test func notesWrapAtOneHundredCharacters() {
        let long = Table(
            name: "t", title: .verbatim("t"), columns: [Column("a", .verbatim("a"))], rows: [[.text("x")]],
            notes: [.verbatim(String(repeating: "word ", count: 60) + "end")])
        let lines = long.plainText().split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.filter { $0.hasPrefix("    word") }.count >= 2)
    }

    @Test func negativeOrCrossedRangesReadWithASlash() {
        #expect(Cell.interval(-3, 2, decimals: 0).text == "-3 / 2")
        #expect(Cell.interval(5, 3, decimals: 0).text == "5 / 3")
        #expect(Cell.interval(3, 5, decimals: 0).text == "3-5")
        #expect(Cell.interval(0.001, 0.004, decimals: 2).text == "0.00")
    }
}
