import Foundation
import RuimteFormats
import RuimteGeometry

/// The opt-in repair of invalid polygons (`--make-valid`): GEOS MakeValid with the
/// "structure" method (areas rebuilt from shells and holes; spikes and collapsed parts
/// dropped), of which only the polygonal part is kept. A repair that changes the area by more
/// than ``maximumChange`` is refused: what was drawn is then too far from what is measured.
public struct GeometryRepair: Sendable {
    /// The largest share of the area a repair may add or remove (0.01: 1 %).
    public static let maximumChange = 0.01

    /// One repaired feature, for the per-feature note.
    public struct Record: Sendable {
        /// Position in the layer, for file order.
        public var index: Int
        /// The note as a load problem (file, feature, areas before and after).
        public var note: LoadProblem
    }

    /// The repairs made, collected across a layer's reading threads.
    public final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var records: [Record] = []

        /// Creates an empty log.
        public init() {}

        func add(_ record: Record) { lock.withLock { records.append(record) } }

        /// The notes in file order (the threads finish chunks in any order).
        public var notes: [LoadProblem] {
            lock.withLock { records.sorted { ($0.note.file, $0.index) < ($1.note.file, $1.index) }.map(\.note) }
        }
    }

    /// `native` repaired, or the reason it cannot be: returns the repaired polygonal geometry
    /// and the note that states the areas before and after.
    static func repair(
        _ native: NativeGeometry
    ) throws -> (geometry: Geometry<XY>, change: Double, before: Double, after: Double) {
        let before = try native.area()
        let repaired = try native.makeValid(method: .structure)
        let parts = try repaired.value().polygons
        guard !parts.isEmpty else { return (.multiPolygon(MultiPolygon([])), 1, before, 0) }
        let polygons: Geometry<XY> = parts.count == 1 ? .polygon(parts[0]) : .multiPolygon(MultiPolygon(parts))
        let after = try native.session.native(polygons).area()
        let change = before > 0 ? abs(after - before) / before : (after > 0 ? 1 : 0)
        return (polygons, change, before, after)
    }

    /// The note on a repair: what GEOS found, the areas before and after in m².
    static func note(reason: String, before: Double, after: Double) -> String {
        let share = before > 0 ? (after - before) / before * 100 : 0
        return "invalid geometry (\(reason)) repaired with GEOS MakeValid (structure): area "
            + "\(FixedDecimal.format(before, 1)) m² before, \(FixedDecimal.format(after, 1)) m² after "
            + "(\(FixedDecimal.format(share, 3, trimZeros: true)) %)"
    }
}

extension FeatureChecker {
    /// `native` (invalid) repaired and noted in `log`, or nil with the problem recorded when the
    /// repair leaves no area or changes it by more than ``GeometryRepair/maximumChange``.
    mutating func repaired(_ native: NativeGeometry, label: IDLabel, index: Int, log: GeometryRepair.Log) throws
        -> Geometry<XY>?
    {
        let reason = try native.validityReason()
        let r = try GeometryRepair.repair(native)
        guard r.change <= GeometryRepair.maximumChange, !r.geometry.polygons.isEmpty else {
            problem(
                label,
                "invalid geometry: \(reason); --make-valid would change its area from "
                    + "\(FixedDecimal.format(r.before, 1)) m² to \(FixedDecimal.format(r.after, 1)) m², more than "
                    + "\(FixedDecimal.format(GeometryRepair.maximumChange * 100, 0)) %: repair it by hand")
            return nil
        }
        let note = GeometryRepair.note(reason: reason, before: r.before, after: r.after)
        log.add(GeometryRepair.Record(index: index, note: LoadProblem(file: file, feature: label.text, message: note)))
        return r.geometry
    }
}
