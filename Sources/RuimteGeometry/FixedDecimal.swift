import Foundation

/// Formats numbers with a fixed number of decimals, the same way on every machine.
///
/// Reports and GeoJSON must be byte-identical for the same input, so numbers are never
/// printed with Swift's shortest-round-trip `description`. Negative zero prints as zero.
public enum FixedDecimal {
    /// `value` rounded to `decimals` digits after the point, e.g. `format(2.5, 2)` is `"2.50"`.
    /// With `trimZeros`, trailing zeros and a bare point are dropped (`"2.5"`, `"3"`).
    public static func format(_ value: Double, _ decimals: Int, trimZeros: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
        var text = String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
        if trimZeros, text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return text
    }
}
