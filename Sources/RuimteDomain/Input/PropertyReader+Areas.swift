import Foundation

/// Areas as official exports write them: numbers, or text with a decimal comma.
extension PropertyReader {
    /// A number from a number or from text as older exports write it: `12345`, `12345.6`,
    /// `12345,6` (decimal comma), `12.345,6` (thousands point); nil for other text.
    static func numberText(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if let comma = t.lastIndex(of: ","), let point = t.lastIndex(of: ".") {
            t =
                comma > point
                ? t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                : t.replacingOccurrences(of: ",", with: "")
        } else if t.filter({ $0 == "," }).count == 1 {
            t = t.replacingOccurrences(of: ",", with: ".")
        }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e") }),
            let n = Double(t), n.isFinite
        else { return nil }
        return n
    }

    /// The first of `keys` present, as a number (see ``numberText(_:)``), without recording problems.
    func areaText(_ keys: [String]) -> (String, Double)? {
        guard let (key, v) = lookUp(keys) else { return nil }
        switch v {
        case .number(let n): return n.isFinite ? (key, n) : nil
        case .string(let s): return Self.numberText(s).map { (key, $0) }
        default: return nil
        }
    }

    /// An area from the first of `keys` present, in hectares, given `squareMetresPerUnit` of the
    /// field; text that is no number and negative or huge values are problems naming the field.
    mutating func area(_ keys: [String], squareMetresPerUnit: Double) -> Double? {
        guard let (key, v) = value(keys) else { return nil }
        var number: Double?
        switch v {
        case .number(let n) where n.isFinite: number = n
        case .string(let s): number = Self.numberText(s)
        default: number = nil
        }
        guard let n = number else {
            fail(key, "\"\(key)\" is \(v.typeDescription) (\(v.shortText)), expected an area (a number)")
            return nil
        }
        let ha = n * squareMetresPerUnit / 10_000
        guard ha >= 0, ha <= Self.maximumHectares else {
            fail(key, "\"\(key)\" is \(v.shortText), expected an area of 0 to 1,000,000 ha")
            return nil
        }
        return ha
    }
}
