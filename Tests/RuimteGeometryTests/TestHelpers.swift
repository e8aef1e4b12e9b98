import RuimteGeometry

/// A square of side `size` with its lower-left corner at (x, y), in metres.
func square(_ x: Double, _ y: Double, size: Double = 1) -> Geometry<XY> {
    .polygon(.rectangle(minX: x, minY: y, maxX: x + size, maxY: y + size))
}
