/// Why a JSON text could not be parsed: what was expected and where (line and column).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of fault, for callers that explain it differently.
    public enum Kind: Sendable {
        /// Not JSON by RFC 8259.
        case syntax
        /// Valid JSON, but an object repeats a member name where the format forbids it.
        case duplicateMember
        /// Valid JSON so far, but the top-level value is not an object.
        case notAnObject
    }

    /// What kind of fault.
    public var kind: Kind
    /// What was expected, and where.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
