import RuimteDomain
import RuimteGeometry
import RuimteReports
import RuimteTestSupport
import Testing

/// Tables built from analysis results: columns, cells and the notes that carry parameters.
@Suite struct AnalysisTablesTests {
    private func analysis(jobs: Int?, stated: Double?) throws -> SpatialAnalysis {
        let record = SiteRecord(id: "p", name: "P", layer: .parks, geometry: rect(0, 0, 100, 100), accuracy: 0)
        let table = try Richtafstanden.read(csvFile: TestFiles.geodataDirectory + "/richtafstanden-vng2009.csv")
        return try SpatialAnalysis(
            catalogue: SiteCatalogue(
                parks: [BusinessPark(record: record, statedHectares: stated, jobs: jobs)],
                centres: [], housing: []), richtafstanden: table)
    }

    @Test func densityBasisIsListedForParksWithJobs() throws {
        // 1 ha outline, 50 jobs: 50 jobs/ha on the outline; 2 ha stated: 25 jobs/ha.
        let outline = AnalysisTables.parkPressure(try analysis(jobs: 50, stated: nil).parkPressure(areaType: .rustig))
        #expect(outline.notes.last.map { Language.en($0) } == "BP-6 jobs/ha per hectare of: p bruto (outline)")
        #expect(outline.csv().contains(",50.0000,"))
        let stated = AnalysisTables.parkPressure(try analysis(jobs: 50, stated: 2).parkPressure(areaType: .rustig))
        #expect(stated.notes.last.map { Language.en($0) } == "BP-6 jobs/ha per hectare of: p stated")
        #expect(stated.csv().contains(",25.0000,"))
        let none = AnalysisTables.parkPressure(try analysis(jobs: nil, stated: 2).parkPressure(areaType: .rustig))
        #expect(!none.notes.contains { Language.en($0).hasPrefix("BP-6") })
    }

    @Test func thresholdNoteReadsTheParameters() throws {
        var parameters = PressureParameters.standard
        parameters.constrainedShareThreshold = 0.4
        let table = AnalysisTables.parkPressure(
            try analysis(jobs: nil, stated: nil).parkPressure(areaType: .rustig), parameters: parameters)
        let legend = try #require(table.columns.first { $0.key == "light" }?.legend)
        #expect(Language.en(legend).contains("orange = BP-4 > 0.4,"))
        // The Dutch label follows the parameter too (it used to be frozen at 0,25).
        #expect(Language.nl(legend).contains("oranje = BP-4 > 0,4,"))
    }
}

/// CSV for Dutch spreadsheets: semicolons, decimal commas in numbers only, quoting kept.
@Suite struct CSVDialectTests {
    @Test func dutchDialect() {
        let table = Table(
            name: "t", title: .verbatim("t"),
            columns: [
                Column("a", .verbatim("A")), Column("b", .verbatim("B"), .number),
                Column("c", .verbatim("C")), Column("d", .verbatim("D"), .number),
            ],
            rows: [[.text("x;y"), .number(1.5, decimals: 2), .text("3.1-3.2"), .missing]], notes: [])
        // Machine formats carry three more decimals than the display (1.50 for people).
        #expect(table.csv(dialect: .dutch) == "a;b;c;d\r\n\"x;y\";1,50000;3.1-3.2;\r\n")
        #expect(table.csv() == "a,b,c,d\r\nx;y,1.50000,3.1-3.2,\r\n")
        #expect(table.plainText().contains("1.50") && !table.plainText().contains("1.500"))
    }
}
