import Testing

@testable import RuimteDomain

@Suite struct PlanCategoryTests {
    @Test(arguments: [
        ("bedrijf tot en met categorie 3.1", "1-3.1"),
        ("bedrijf t/m categorie 2", "1-2"),
        ("bedrijf van categorie 3.2", "3.2"),
        ("bedrijf - milieucategorie 2", "2"),
        ("Bedrijf - 2", "2"),
        ("bedrijf van categorie 3.1 tot en met 4.1", "3.1-4.1"),
        ("milieucategorie 3", "3.1-3.2"),
        ("bedrijf tot en met categorie 4", "1-4.2"),
        ("bedrijf tot en met categorie 3,2", "1-3.2"),
    ])
    func namesThatStateACategory(name: String, range: String) {
        let parsed = PlanCategory.range(inName: name)
        let text = parsed.map {
            $0.lowerBound == $0.upperBound
                ? $0.lowerBound.rawValue : "\($0.lowerBound.rawValue)-\($0.upperBound.rawValue)"
        }
        #expect(text == range)
    }

    @Test(arguments: [
        "specifieke vorm van bedrijf - machinefabriek", "Bedrijf", "horeca tot en met categorie 2", "Wonen",
    ])
    func namesThatStateNone(name: String) {
        #expect(PlanCategory.range(inName: name) == nil)
    }
}
