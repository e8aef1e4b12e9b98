import Testing

@testable import RuimteReports

@Suite struct NotebookDocumentTests {
    let text = """
        # Title

        Prose with `$ not a command`.

        ```console
        $ ruimte sites --format csv
        old line 1
        old line 2
        $ ruimte report --site "De Waard"
        ```

        ```swift
        $ not parsed either
        ```
        """

    @Test func parsesCommandsOnlyInConsoleBlocks() {
        let notebook = NotebookDocument(text)
        #expect(notebook.steps.map(\.command) == ["ruimte sites --format csv", "ruimte report --site \"De Waard\""])
        #expect(notebook.steps[0].expected == ["old line 1", "old line 2"] && notebook.steps[0].line == 6)
        #expect(notebook.steps[1].expected.isEmpty)
        #expect(notebook.rendered() == text + "\n")
    }

    @Test func renderReplacesOnlyOutputs() {
        let updated = NotebookDocument(text).rendered(outputs: [["new"], ["a", "b"]])
        #expect(updated.contains("$ ruimte sites --format csv\nnew\n$ ruimte report --site \"De Waard\"\na\nb\n```"))
        #expect(updated.hasPrefix("# Title\n\nProse with `$ not a command`."))
    }

    @Test func wordsHonourQuotes() {
        #expect(
            NotebookDocument.words("ruimte report --site \"De Waard\" --x 'a b'") == [
                "ruimte", "report", "--site", "De Waard", "--x", "a b",
            ])
        #expect(NotebookDocument.words("a  b \"\"") == ["a", "b", ""])
    }

    @Test func diffShowsChangedLines() {
        #expect(NotebookDocument.diff(expected: ["a", "b"], actual: ["a", "b"]) == nil)
        #expect(NotebookDocument.diff(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == "  a\n- b\n+ x\n  c")
    }
}
