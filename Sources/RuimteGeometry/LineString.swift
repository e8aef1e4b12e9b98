/// A sequence of positions joined by straight segments; at least two positions when
/// non-empty.
public struct LineString<C: Coordinate>: Sendable, Hashable {
    /// The vertices in order.
    public var coordinates: [C]

    /// Creates a line string through `coordinates`.
    public init(_ coordinates: [C]) { self.coordinates = coordinates }
}
