import Foundation
import RuimteGeometry

/// A parsed JSON value, keeping numbers and booleans apart (unlike `JSONSerialization`).
///
/// Used to read GeoJSON geometries and feature properties without losing what type a
/// value had, so a loader can say "`jobs` is a string, expected a number".
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text (see ``JSONParser``); errors name the line and column.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }

    /// A short name of the JSON type, for error messages.
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, or nil for other types.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, or nil for other types.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}
