import Testing

@testable import RuimteDomain

/// The duplicate-id table against a Dictionary, through several growths.
@Suite struct IDTableTests {
    @Test func findsEveryRepeatAndNothingElse() {
        var table = IDTable(capacity: 4)
        var reference: [UInt64: Int] = [:]
        var state: UInt64 = 7
        for i in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let hash = i % 7 == 0 ? UInt64(i / 7) : state  // every 7th is a small, colliding value
            let expected = reference[hash]
            if expected == nil { reference[hash] = i }
            #expect(table.firstIndex(of: hash, orInsert: i) == expected)
        }
        #expect(table.count == reference.count)
    }

    /// A table of hashes only answers the same question, 0 included.
    @Test func hashesOnlyFindEveryRepeat() {
        var table = IDTable(capacity: 4, indexed: false)
        var reference: Set<UInt64> = []
        var state: UInt64 = 11
        for i in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let hash = i % 5 == 0 ? UInt64(i / 50) : state  // 0 and other small values repeat
            #expect(table.insert(hash) == reference.insert(hash).inserted)
        }
        #expect(table.count == reference.count)
    }
}
