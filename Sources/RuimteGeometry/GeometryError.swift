/// An error from the geometry layer: a failed GEOS or PROJ call, or input that cannot be
/// turned into a geometry. The message is meant for a person and says what went wrong.
public struct GeometryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable {
        /// GEOS reported an error (topology exception, illegal argument, ...).
        case geos
        /// PROJ could not create or run a transformation.
        case proj
        /// Text or bytes could not be parsed (WKT, WKB, GeoJSON).
        case parse
        /// A geometry violates a structural rule (unclosed ring, too few positions, ...).
        case invalidStructure
        /// A transformation or measurement produced a NaN or infinite number.
        case nonFinite
        /// Two handles from different GEOS sessions were combined.
        case sessionMismatch
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The operation that failed, e.g. `"intersection"` or `"read WKT"`.
    public var operation: String
    /// The library's or our own explanation.
    public var message: String

    /// Creates an error of `kind` raised by `operation`.
    public init(_ kind: Kind, operation: String, message: String) {
        self.kind = kind
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }
}
