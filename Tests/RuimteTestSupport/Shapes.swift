import RuimteGeometry

/// An axis-aligned rectangle polygon from (x0, y0) to (x1, y1), in metres: hand-checkable
/// geometry for tests.
public func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Geometry<XY> {
    .polygon(.rectangle(minX: x0, minY: y0, maxX: x1, maxY: y1))
}

extension Geometry where C == XY {
    /// The same ordinates as a source yields them, before the checker knows their CRS.
    public var stored: Geometry<Stored> { mapCoordinateArrays { $0.map { Stored(first: $0.x, second: $0.y) } } }
}
