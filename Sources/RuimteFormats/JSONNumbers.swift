import Foundation

/// Numbers and literals: the scalar part of the JSON grammar.
extension JSONParser {
    /// A JSON number, correctly rounded: digits are gathered into an integer and scaled by an
    /// exact power of ten when both are exact in a Double (Clinger's fast path, one rounding),
    /// otherwise handed to the standard library's correctly rounded parser.
    mutating func number() throws -> Double {
        let start = offset
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, negative = false, exponent = false
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
            negative = true
            offset += 1
        }
        let integerStart = offset
        while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[offset] - 0x30) }
            digits += 1
            offset += 1
        }
        let integerDigits = offset - integerStart
        guard integerDigits > 0 else {
            offset = start
            throw failure("expected a value (object, array, string, number, true, false or null)")
        }
        guard !(integerDigits > 1 && bytes[integerStart] == 0x30) else { throw failure("a number has a leading zero") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            let fractionStart = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(bytes[offset] - 0x30)
                    fractionDigits += 1
                }
                digits += 1
                offset += 1
            }
            guard offset > fractionStart else { throw failure("a number has no digits after '.'") }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            exponent = true
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            let exponentStart = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            guard offset > exponentStart else { throw failure("a number has no digits in its exponent") }
        }
        if !exponent, digits < 19, mantissa < 1 << 53, fractionDigits <= 22 {
            let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)),
            value.isFinite
        else {
            throw failure("a number is out of range")
        }
        return value
    }

    static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count,
            memcmp(bytes.baseAddress! + offset, word.utf8Start, count) == 0
        else {
            throw failure("expected a value (object, array, string, number, true, false or null)")
        }
        offset += count
    }
}
