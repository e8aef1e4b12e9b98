import RuimteGeometry

/// What the reports need to know of a site's outline beyond its coordinates, computed
/// with GEOS in RD New so that reports never open a geometry session themselves.
public struct SiteMeasure: Sendable, Hashable {
    /// Area of the outline, m².
    public var area: Double
    /// A point guaranteed inside the outline (GEOS point-on-surface), for labels.
    public var labelPoint: XY
}

extension SiteCatalogue {
    /// Area and label point of every site, by layer and id.
    public func measures() throws -> [SiteRef: SiteMeasure] {
        let geos = try GEOSSession()
        var result: [SiteRef: SiteMeasure] = [:]
        for record in allRecords {
            let native = try geos.native(record.geometry)
            guard case .point(let p) = try native.pointOnSurface().value() else {
                throw GeometryError(.invalidStructure, operation: "label point", message: "site \(record.id) has an empty outline")
            }
            result[SiteRef(record)] = SiteMeasure(area: try native.area(), labelPoint: p.coordinate)
        }
        return result
    }
}
