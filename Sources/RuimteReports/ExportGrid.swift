import RuimteGeometry

/// Puts exported polygons on the grid of the written precision (GEOS `setPrecision`), so that
/// rounding cannot make a valid polygon invalid and no part thinner than the grid survives
/// (a headroom sliver of 4.5e-10 m² has no orientation a validator can read). Reports' one
/// GEOS session: it computes no analysis.
final class ExportGrid {
    private let session: GEOSSession

    init() throws { session = try GEOSSession() }

    /// `geometry` on a grid of `size` coordinate units; other than polygons unchanged.
    func snapped<C: Coordinate>(_ geometry: Geometry<C>, size: Double) throws -> Geometry<C> {
        guard geometry.isPolygonal else { return geometry }
        // The grid works on plane coordinates: degrees go through as lon for x, lat for y.
        let plane = geometry.mapCoordinateArrays { $0.map { XY(x: $0.first, y: $0.second) } }
        // A transformed polygon may be invalid at the nanometre scale, which setPrecision does
        // not accept: repair it first (an area change far below the grid).
        let native = try session.native(plane)
        let snapped = try (native.isValid() ? native : native.makeValid(method: .structure)).onGrid(size).value()
        return Self.withoutEmptyParts(snapped.mapCoordinateArrays { $0.map { C(first: $0.x, second: $0.y) } })
    }

    /// The geometry without the polygons the grid emptied (GEOS may keep them as empty members).
    static func withoutEmptyParts<C: Coordinate>(_ geometry: Geometry<C>) -> Geometry<C> {
        guard case .multiPolygon(let multi) = geometry else { return geometry }
        return .multiPolygon(MultiPolygon(multi.polygons.filter { !$0.exterior.isEmpty }))
    }
}
