import RuimteGeometry

/// A square of side `size` with its lower-left corner at (x, y), in metres.
func square(_ x: Double, _ y: Double, size: Double = 1) -> Geometry<XY> {
    .polygon(.rectangle(minX: x, minY: y, maxX: x + size, maxY: y + size))
}

/// A small deterministic pseudo-random generator (SplitMix64), so tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
