/// A uniform grid over a few boxes (e.g. the envelopes of a thousand business parks), for
/// asking very many times "which boxes can this small thing touch?" without making a GEOS
/// geometry for the thing.
///
/// It is the envelope short-cut in front of GEOS when a large layer streams past a small
/// one: a building footprint or dwelling whose box meets no zone's box needs no GEOS
/// geometry at all. For queries with real geometries use ``SpatialIndex`` (GEOS STRtree).
/// Cells are square, sized so that there are about as many cells as boxes but no smaller than
/// the median box, so a small query looks at one to four cells. Answers are exact for boxes
/// (closed: touching counts) and come in ascending index order.
public struct EnvelopeGrid: Sendable {
    private let bounds: Envelope?
    private let cell: Double
    private let columns: Int
    private let rows: Int
    /// Box indices per cell, cell after cell (row-major); `cellStarts[c]..<cellStarts[c + 1]`.
    private let cellStarts: [Int32]
    private let members: [Int32]
    /// The box of each entry of `members`, stored alongside so a query reads one run of memory.
    private let memberBoxes: [Envelope]

    /// Indexes `boxes`; a nil box (an empty geometry) is never returned.
    public init(_ boxes: [Envelope?]) {
        let present = boxes.compactMap { $0 }
        let bounds = present.dropFirst().reduce(present.first) { $0?.union($1) }
        self.bounds = bounds
        guard let bounds else {
            (cell, columns, rows, cellStarts, members, memberBoxes) = (1, 0, 0, [0], [], [])
            return
        }
        let sides = present.map { max($0.width, $0.height) }.sorted()
        let spread = (max(bounds.width, 1e-9) * max(bounds.height, 1e-9) / Double(present.count)).squareRoot()
        let cell = max(sides[sides.count / 2], spread, 1e-9)
        let columns = min(Int((bounds.width / cell).rounded(.down)) + 1, 4096)
        let rows = min(Int((bounds.height / cell).rounded(.down)) + 1, 4096)
        // Cells may have grown past `cell` if the grid was capped: recompute the size so
        // that the grid still covers the bounds.
        self.cell = max(cell, bounds.width / Double(columns), bounds.height / Double(rows))
        self.columns = columns
        self.rows = rows
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        var placements: [(cell: Int, box: Int)] = []
        for (i, box) in boxes.enumerated() {
            guard let box else { continue }
            let (c0, r0, c1, r1) = Self.cellRange(box, bounds: bounds, cell: self.cell, columns: columns, rows: rows)
            for r in r0...r1 {
                for c in c0...c1 {
                    placements.append((r * columns + c, i))
                    counts[r * columns + c + 1] += 1
                }
            }
        }
        for c in 0..<(columns * rows) { counts[c + 1] += counts[c] }
        var members = [Int32](repeating: 0, count: placements.count)
        var memberBoxes = [Envelope](repeating: bounds, count: placements.count)
        var next = counts
        for placement in placements {
            members[Int(next[placement.cell])] = Int32(placement.box)
            memberBoxes[Int(next[placement.cell])] = boxes[placement.box] ?? bounds
            next[placement.cell] += 1
        }
        self.cellStarts = counts
        self.members = members
        self.memberBoxes = memberBoxes
    }

    private static func cellRange(_ box: Envelope, bounds: Envelope, cell: Double, columns: Int, rows: Int) -> (
        Int, Int, Int, Int
    ) {
        func index(_ value: Double, _ origin: Double, _ count: Int) -> Int {
            // Clamped as a Double first, so that a huge or infinite value cannot trap.
            Int(min(max(((value - origin) / cell).rounded(.down), 0), Double(count - 1)))
        }
        return (
            index(box.minX, bounds.minX, columns), index(box.minY, bounds.minY, rows),
            index(box.maxX, bounds.minX, columns), index(box.maxY, bounds.minY, rows)
        )
    }

    /// Replaces `result` with the indices of the boxes that intersect `query`, ascending.
    /// Reusing one `result` array across queries allocates nothing.
    public func candidates(for query: Envelope, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        guard let bounds, query.intersects(bounds) else { return }
        let (c0, r0, c1, r1) = Self.cellRange(query, bounds: bounds, cell: cell, columns: columns, rows: rows)
        for r in r0...r1 {
            for c in c0...c1 {
                for m in Int(cellStarts[r * columns + c])..<Int(cellStarts[r * columns + c + 1])
                where memberBoxes[m].intersects(query) {
                    result.append(Int(members[m]))
                }
            }
        }
        if (c0 != c1 || r0 != r1) && result.count > 1 {
            // A box spanning several of the query's cells was found once per cell. (Within
            // one cell, boxes are stored in ascending order already.)
            result.sort()
            var kept = 1
            for i in 1..<result.count where result[i] != result[kept - 1] {
                result[kept] = result[i]
                kept += 1
            }
            result.removeLast(result.count - kept)
        }
    }
}
