import RuimteTestSupport
import Testing

@testable import RuimteGeometry

/// The grid against brute force, including boxes that span many cells, points on cell
/// edges, empty entries and queries far outside.
@Suite struct EnvelopeGridTests {
    @Test func candidatesEqualBruteForce() {
        var rng = SeededGenerator(seed: 7)
        var boxes: [Envelope?] = (0..<200).map { _ in
            let x = Double.random(in: 0..<1000, using: &rng), y = Double.random(in: 0..<1000, using: &rng)
            return Envelope(
                minX: x, minY: y, maxX: x + Double.random(in: 0..<120, using: &rng),
                maxY: y + Double.random(in: 0..<120, using: &rng))
        }
        boxes[3] = nil
        boxes[10] = Envelope(minX: -50, minY: -50, maxX: 1200, maxY: 1200)  // spans every cell
        let grid = EnvelopeGrid(boxes)
        var result: [Int] = []
        var queries: [Envelope] = (0..<500).map { _ in
            let x = Double.random(in: -100..<1200, using: &rng), y = Double.random(in: -100..<1200, using: &rng)
            let size = Double.random(in: 0..<1, using: &rng) < 0.5 ? 0 : Double.random(in: 0..<300, using: &rng)
            return Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size)
        }
        // Touching counts: a query on a box's corner finds it.
        queries.append(Envelope(minX: boxes[0]!.maxX, minY: boxes[0]!.maxY, maxX: boxes[0]!.maxX, maxY: boxes[0]!.maxY))
        queries.append(Envelope(minX: 5000, minY: 5000, maxX: 5001, maxY: 5001))
        for q in queries {
            grid.candidates(for: q, into: &result)
            #expect(result == boxes.indices.filter { boxes[$0]?.intersects(q) ?? false })
        }
        #expect(result.isEmpty)
    }

    @Test func emptyAndDegenerateInputs() {
        var result = [42]
        EnvelopeGrid([]).candidates(for: Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1), into: &result)
        #expect(result.isEmpty)
        let point = EnvelopeGrid([Envelope(minX: 5, minY: 5, maxX: 5, maxY: 5), nil])
        point.candidates(for: Envelope(minX: 0, minY: 0, maxX: 5, maxY: 5), into: &result)
        #expect(result == [0])
        // Non-finite queries find nothing and do not trap.
        point.candidates(for: Envelope(minX: .nan, minY: 0, maxX: .nan, maxY: 1), into: &result)
        #expect(result.isEmpty)
        point.candidates(
            for: Envelope(minX: -.infinity, minY: -.infinity, maxX: .infinity, maxY: .infinity), into: &result)
        #expect(result == [0])
    }
}
