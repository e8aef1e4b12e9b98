/// An axis-aligned bounding box in the units of the coordinates it was made from
/// (metres for ``XY``, degrees for ``LonLat``).
public struct Envelope: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    /// Creates an envelope from its corners; `min` must not exceed `max` on either axis.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// Width along x.
    public var width: Double { maxX - minX }
    /// Height along y.
    public var height: Double { maxY - minY }

    /// The smallest envelope holding this one and the position (x, y).
    public func expanded(toInclude x: Double, _ y: Double) -> Envelope {
        Envelope(minX: Swift.min(minX, x), minY: Swift.min(minY, y), maxX: Swift.max(maxX, x), maxY: Swift.max(maxY, y))
    }

    /// The smallest envelope holding this one and `other`.
    public func union(_ other: Envelope) -> Envelope {
        Envelope(
            minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY),
            maxX: Swift.max(maxX, other.maxX), maxY: Swift.max(maxY, other.maxY))
    }

    /// This envelope grown by `distance` on every side.
    public func expanded(by distance: Double) -> Envelope {
        Envelope(minX: minX - distance, minY: minY - distance, maxX: maxX + distance, maxY: maxY + distance)
    }

    /// True when the two envelopes share at least one point.
    public func intersects(_ other: Envelope) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// The envelope as a closed rectangle polygon (counter-clockwise).
    public var polygon: Polygon<XY> {
        Polygon.rectangle(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
