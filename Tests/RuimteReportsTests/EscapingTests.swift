import RuimteReports
import Testing

/// Every sink escapes what a file's names may hold: markup, control characters, formulas.
@Suite struct EscapingTests {
    @Test func xmlRemovesWhatXMLForbids() {
        #expect("a\u{1B}[31m<b>&\"".xmlEscaped == "a\u{FFFD}[31m&lt;b&gt;&amp;&quot;")
        #expect("tab\tand\nline".xmlEscaped == "tab\tand\nline")
    }

    @Test func terminalShowsControlsAsEscapes() {
        #expect("x\u{1B}]0;title\u{07}".terminalSafe == "x\\u{1b}]0;title\\u{7}")
        #expect("id\nruimte: error: forged".terminalSafe == "id\\u{a}ruimte: error: forged")
        #expect("Café".terminalSafe == "Café")
    }

    @Test func csvQuotesFormulas() {
        let table = Table(
            name: "t", title: .verbatim("t"),
            columns: [Column("a", .verbatim("a")), Column("n", .verbatim("n"), .number)],
            rows: [
                [.text("=HYPERLINK(\"x\")"), .number(-1, decimals: 0)], [.text("@SUM(1)"), .missing],
                [.text("3.1-3.2"), .missing],
            ])
        // Formula text gets an apostrophe inside quotes; a negative number stays a number.
        #expect(table.csv() == "a,n\r\n\"'=HYPERLINK(\"\"x\"\")\",-1.000\r\n\"'@SUM(1)\",\r\n3.1-3.2,\r\n")
    }

    @Test func svgMapNamesCannotBreakTheXML() {
        let plain = Table(
            name: "t", title: .verbatim("t\u{1B}[2J"), columns: [Column("a", .verbatim("a"))],
            rows: [[.text("\u{1B}]0;pwned\u{07}")]])
        #expect(!plain.plainText().contains("\u{1B}") && !plain.plainText().contains("\u{07}"))
    }
}
