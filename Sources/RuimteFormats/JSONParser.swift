import Foundation
import RuimteGeometry

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, built for GeoJSON layers of hundreds
/// of megabytes: it reads numbers without making strings, and it can stream the elements
/// of one array member of the top-level object (a FeatureCollection's `features`) one at a
/// time, so a loader never holds the parsed tree of a whole BAG export.
///
/// Errors are ``JSONSyntaxError``s naming the line and column where parsing stopped and what
/// was expected there.
public struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// Whether an object may not repeat a member name (GeoJSON layers: two `features` arrays
    /// or two `geometry` members are an error); RFC 8259 itself allows repeats.
    var rejectsDuplicateMembers = false
    /// Whether errors may go without their line and column (counting them reads the text from
    /// the start): set while a caller tries a fast path and reads the text again on any error.
    var quietFailures = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Parses one JSON text.
    public static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            var parser = JSONParser(raw.bindMemory(to: UInt8.self))
            let value = try parser.value(depth: 0)
            try parser.end()
            return value
        }
    }

    /// Parses a JSON text whose top level is an object and hands each element of its array
    /// member `key` to `element`, in order, without keeping them.
    ///
    /// `members` gets the other members first (read in a quick pass that skips `key`), so
    /// `element` can depend on them wherever they stand in the file (e.g. a `crs` after
    /// `features`). In what `members` gets, `key` maps to an empty array when it is an array
    /// (its elements follow), to its value when it is something else (no elements follow), and
    /// is absent when the object has no such member. Throws if the top level is not an object.
    public static func streamArray(
        _ key: String, of data: Data, members: ([String: JSONValue]) throws -> Void,
        element: (Int, JSONValue) throws -> Void
    ) throws {
        try data.withUnsafeBytes { raw in
            try streamArray(key, in: raw.bindMemory(to: UInt8.self), members: members) { index, parser in
                try element(index, parser.value(depth: 2))
            }
        }
    }

    /// ``streamArray(_:of:members:element:)`` over bytes in memory, with `element` reading
    /// each element (at depth 2) from the parser itself.
    static func streamArray(
        _ key: String, in bytes: UnsafeBufferPointer<UInt8>, members: ([String: JSONValue]) throws -> Void,
        element: (Int, inout JSONParser) throws -> Void
    ) throws {
        let others = try topLevelMembers(key, in: bytes) { parser in try parser.skipValue() }
        try members(others.members)
        guard others.isArray else { return }
        var second = JSONParser(bytes)
        second.rejectsDuplicateMembers = true
        try second.object(depth: 0) { name, parser in
            guard name == key else { return try parser.skipValue() }
            var index = 0
            try parser.array(depth: 1) { parser in
                try element(index, &parser)
                index += 1
            }
        }
    }

    /// The quick first pass: every member of the top-level object but the array `key`, which
    /// `skipArray` passes over (leaving the parser after its closing bracket).
    static func topLevelMembers(
        _ key: String, in bytes: UnsafeBufferPointer<UInt8>,
        skipArray: (inout JSONParser) throws -> Void
    ) throws -> (members: [String: JSONValue], isArray: Bool) {
        var first = JSONParser(bytes)
        first.rejectsDuplicateMembers = true
        var others: [String: JSONValue] = [:]
        var isArray = false
        try first.object(depth: 0) { name, parser in
            if others[name] != nil {
                throw parser.failure(
                    "the member \"\(name.prefix(40))\" appears twice in the top-level object", .duplicateMember)
            }
            if name == key, try parser.peek() == UInt8(ascii: "[") {
                isArray = true
                others[name] = .array([])
                try skipArray(&parser)
            } else {
                others[name] = try parser.value(depth: 1)
            }
        }
        try first.end()
        return (others, isArray)
    }

    // MARK: Grammar

    static let maximumDepth = 512

    mutating func value(depth: Int) throws -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
        switch try peek() {
        case UInt8(ascii: "{"):
            // Room for a feature's usual attributes at once, instead of growing 1, 3, 6, 12.
            var members = [String: JSONValue](minimumCapacity: 8)
            let strict = rejectsDuplicateMembers
            try object(depth: depth) { name, parser in
                let value = try parser.value(depth: depth + 1)
                if members.updateValue(value, forKey: name) != nil, strict {
                    throw parser.failure(
                        "the member \"\(name.prefix(40))\" appears twice in one object", .duplicateMember)
                }
            }
            return .object(members)
        case UInt8(ascii: "["):
            var elements: [JSONValue] = []
            try array(depth: depth) { parser in elements.append(try parser.value(depth: depth + 1)) }
            return .array(elements)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return .number(try number())
        }
    }

    /// Skips one value without building it (for the quick pass of ``streamArray(_:of:members:element:)``),
    /// with the same depth limit as ``value(depth:)``: deep nesting is an error, never a stack overflow.
    mutating func skipValue(depth: Int = 1) throws {
        guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
        switch try peek() {
        case UInt8(ascii: "{"): try object(depth: depth) { _, parser in try parser.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array(depth: depth) { parser in try parser.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    mutating func object(depth: Int, _ member: (String, inout JSONParser) throws -> Void) throws {
        guard try peek() == UInt8(ascii: "{") else {
            throw failure("expected an object", depth == 0 ? .notAnObject : .syntax)
        }
        offset += 1
        if try peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
            let name = try string()
            try expect(UInt8(ascii: ":"), "':' after a member name")
            try member(name, &self)
            let next = try peek()
            offset += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else {
                offset -= 1
                throw failure("expected ',' or '}' in an object")
            }
        }
    }

    mutating func array(depth: Int, _ element: (inout JSONParser) throws -> Void) throws {
        try expect(UInt8(ascii: "["), "an array")
        if try peek() == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            try element(&self)
            let next = try peek()
            offset += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else {
                offset -= 1
                throw failure("expected ',' or ']' in an array")
            }
        }
    }

    // MARK: Whitespace, positions and errors

    /// The next byte after whitespace, not consumed.
    mutating func peek() throws -> UInt8 {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return bytes[offset]
            }
        }
        throw failure("unexpected end of the text")
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard try peek() == byte else { throw failure("expected \(what)") }
        offset += 1
    }

    mutating func end() throws {
        while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
        guard offset == bytes.count else { throw failure("unexpected text after the end of the JSON value") }
    }

    func failure(_ message: String, _ kind: JSONSyntaxError.Kind = .syntax) -> JSONSyntaxError {
        if quietFailures { return JSONSyntaxError(kind: kind, message: message) }
        var line = 1, column = 1
        for b in bytes[0..<min(offset, bytes.count)] {
            if b == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return JSONSyntaxError(kind: kind, message: "\(message) at line \(line), column \(column)")
    }
}
