import Foundation

/// Strings: scanning, escapes and UTF-8 validation, the text part of the JSON grammar.
extension JSONParser {
    mutating func string() throws -> String {
        offset += 1  // the opening quote
        let start = offset
        var plain = true, ascii = true
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                defer { offset += 1 }
                let raw = UnsafeBufferPointer(start: bytes.baseAddress! + start, count: offset - start)
                if plain && ascii { return String(decoding: raw, as: UTF8.self) }  // nothing to check: the fast path
                if plain { return try utf8(raw) }
                return try unescape(raw)
            }
            if b == UInt8(ascii: "\\") {
                plain = false
                offset += 1
            } else if b < 0x20 {
                throw failure("control character in a string; escape it")
            } else if b >= 0x80 {
                ascii = false
            }
            offset += 1
        }
        throw failure("unterminated string")
    }

    mutating func skipString() throws {
        offset += 1
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"): offset += 2
            default: offset += 1
            }
        }
        throw failure("unterminated string")
    }

    func utf8(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let text = String(validating: raw, as: UTF8.self) else { throw failure("a string is not valid UTF-8") }
        return text
    }

    func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) throws -> UInt32 {
            // Exactly four hex digits: UInt32(_:radix:) alone would also take a sign ("\\u+12A").
            guard at + 4 <= raw.count,
                raw[at..<at + 4].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
                let v = UInt32(String(decoding: raw[at..<at + 4], as: UTF8.self), radix: 16)
            else {
                throw failure("bad \\u escape in a string")
            }
            return v
        }
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "\\") else {
                out.append(raw[i])
                i += 1
                continue
            }
            guard i + 1 < raw.count else { throw failure("bad escape in a string") }
            switch raw[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(raw[i + 1])
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i + 2)
                i += 6
                if (0xD800..<0xDC00).contains(scalar), i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"),
                    raw[i + 1] == UInt8(ascii: "u")
                {
                    let low = try hex4(i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                guard let s = Unicode.Scalar(scalar) else {
                    throw failure("\\u escape is not a Unicode scalar (lone surrogate)")
                }
                out.append(contentsOf: Array(String(Character(s)).utf8))
                continue
            default: throw failure("bad escape \\\(Character(Unicode.Scalar(raw[i + 1]))) in a string")
            }
            i += 2
        }
        return try out.withUnsafeBufferPointer(utf8)
    }
}
