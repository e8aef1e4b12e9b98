import CGDAL
import Foundation
import RuimteGeometry

/// What a GDAL layer says about itself (fields, CRS) and its geometries as Ruimte reads them.
extension GDALFeatureSource {
    /// What `layer` says about itself (its CRS and attribute fields), and how to read its fields.
    static func header(of layer: OGRLayerH) -> (LayerHeader, GDALFields) {
        let fields = GDALFields(gdal.OGR_L_GetLayerDefn(layer))
        var declared = Self.header(gdal.OGR_L_GetSpatialRef(layer))
        declared.fields = fields.names
        return (declared, fields)
    }

    /// The CRS a layer declares: its EPSG code where GDAL can identify one, else its WKT.
    static func header(_ srs: OGRSpatialReferenceH?) -> LayerHeader {
        guard let srs, let clone = gdal.OSRClone(srs) else { return LayerHeader() }
        defer { gdal.OSRDestroySpatialReference(clone) }
        _ = gdal.OSRAutoIdentifyEPSG(clone)
        if let authority = gdal.OSRGetAuthorityName(clone, nil).map({ String(cString: $0) }),
            authority.uppercased() == "EPSG",
            let code = gdal.OSRGetAuthorityCode(clone, nil).flatMap({ Int(String(cString: $0)) })
        {
            return LayerHeader(crs: .epsg(code))
        }
        var wkt: UnsafeMutablePointer<CChar>?
        guard gdal.OSRExportToWkt(clone, &wkt) == OGRERR_NONE, let wkt else {
            return LayerHeader(unreadableCRS: "a CRS GDAL cannot export")
        }
        defer { gdal.VSIFree(wkt) }
        let title = gdal.OSRGetName(clone).map { String(cString: $0) } ?? "unnamed CRS"
        return LayerHeader(crs: .definition(String(cString: wkt), name: title))
    }

    /// A feature's geometry as 2D WKB decoded to a value; curves are linearised.
    static func geometry(_ geometry: OGRGeometryH?) -> SourceGeometry {
        guard let geometry else { return .missing }
        // Curves stay curves here: the WKB decoder linearises every arc the same way, within a
        // stated deviation, whichever path (one feature at a time, or Arrow batches) read them.
        let g = geometry
        let type = gdal.OGR_G_GetGeometryName(g).map { String(cString: $0) } ?? "unknown"
        var bytes = [UInt8](repeating: 0, count: Int(gdal.OGR_G_WkbSize(g)))
        guard gdal.OGR_G_ExportToIsoWkb(g, wkbNDR, &bytes) == OGRERR_NONE else {
            return .unreadable(type: type, message: "GDAL could not export the geometry")
        }
        do {
            return .read(try WKBDecoder.decode(bytes, as: Stored.self))
        } catch {
            return .unreadable(type: type, message: (error as? GeometryError)?.message ?? "\(error)")
        }
    }
}
