import Foundation
import RuimteGeometry

/// Formats numbers with a fixed number of decimals, the same way on every machine.
///
/// Reports and GeoJSON must be byte-identical for the same input, so numbers are never
/// printed with Swift's shortest-round-trip `description`. Negative zero prints as zero.
public enum FixedDecimal {
    /// `value` rounded to `decimals` digits after the point, e.g. `format(2.5, 2)` is `"2.50"`.
    /// With `trimZeros`, trailing zeros and a bare point are dropped (`"2.5"`, `"3"`).
    public static func format(_ value: Double, _ decimals: Int, trimZeros: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
        var text = printf(value, decimals)
        if trimZeros, text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return text
    }

    /// C's `%.*f`, correctly rounded by glibc and locale-independent here: a Swift program
    /// stays in the "C" locale (decimal point ".") unless it calls `setlocale`, and Ruimte
    /// never does. Twenty times faster than Foundation's `String(format:locale:)`, which
    /// matters for GeoJSON exports of a million positions.
    private static func printf(_ value: Double, _ decimals: Int) -> String {
        let precision = Int32(min(max(decimals, 0), 40))
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            let n = withVaList([precision, value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
            return String(
                decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(max(0, min(n, 399)))).bindMemory(
                    to: UInt8.self),
                as: UTF8.self)
        }
    }
}
