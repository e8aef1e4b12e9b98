import Testing

@testable import RuimteDomain

@Suite struct NaturalOrderTests {
    @Test func idsInTheOrderPeopleCount() {
        let ids = ["z10", "z1", "z100", "z2", "0546-10", "0546-9", "a", "z02", "Z3"]
        #expect(
            ids.sorted(by: NaturalOrder.precedes)
                == ["0546-9", "0546-10", "Z3", "a", "z1", "z02", "z2", "z10", "z100"])
        // A total order: equal only when equal.
        #expect(
            !NaturalOrder.precedes("z2", "z2")
                && NaturalOrder.precedes("z02", "z2") != NaturalOrder.precedes("z2", "z02"))
    }
}
