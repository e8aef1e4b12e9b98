import RuimteGeometry

extension LayerLoader {
    /// A context layer for a map (water, rail, a municipal boundary) in any format the loader
    /// reads: every feature's geometry in RD New, any geometry type, ids optional; positions
    /// outside the Netherlands and unreadable features fail the layer like any other.
    public mutating func context(_ path: String) throws(LayerError) -> [Geometry<XY>] {
        var geometries: [Geometry<XY>] = []
        let problems = try stream(path, shape: .context) {
            geometries.append($0.geometry)
            return []
        }
        guard problems.isEmpty else { throw LayerError(.badData, problems) }
        return geometries
    }
}
