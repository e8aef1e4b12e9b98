import RuimteGeometry

/// What the reports need to know of a site's outline beyond its coordinates, computed
/// with GEOS in RD New so that reports never open a geometry session themselves.
public struct SiteMeasure: Sendable, Hashable {
    /// Area of the outline, m².
    public var area: Double
    /// A point guaranteed inside the outline (GEOS point-on-surface), for labels.
    public var labelPoint: XY
}
