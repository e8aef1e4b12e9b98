import CGDAL
import Foundation
import RuimteGeometry

/// One layer of a GeoPackage to write: a single geometry type, typed fields, features in RD
/// New, and optionally a QGIS style (QML) stored in the standard `layer_styles` table so
/// that QGIS shows the layer styled on opening.
public struct GeoPackageLayer: Sendable {
    /// The one geometry type of a layer (polygons are written as multi-polygons, lines as
    /// multi-linestrings, so one type fits every feature).
    public enum Kind: Sendable { case polygons, lines, points }
    /// A field's type.
    public enum FieldType: Sendable { case text, real, integer }
    /// A field value.
    public enum Value: Sendable, Hashable { case text(String), real(Double), integer(Int), null }

    public var name: String
    public var kind: Kind
    public var fields: [(name: String, type: FieldType)]
    public var features: [(geometry: Geometry<XY>, values: [String: Value])]
    /// A QGIS style document (QML) for the layer, or nil.
    public var style: String?

    /// Creates a layer.
    public init(
        name: String, kind: Kind, fields: [(name: String, type: FieldType)],
        features: [(geometry: Geometry<XY>, values: [String: Value])], style: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.fields = fields
        self.features = features
        self.style = style
    }
}

/// Writes layers into a new GeoPackage through GDAL, in RD New (EPSG:28992). Every handle
/// is released before it returns; GDAL's messages are captured, and any failure is a
/// ``SourceError`` naming the file (the caller writes to a temporary path and moves it).
public enum GeoPackageWriter {
    /// Writes `layers` to a new file at `path` (which must not exist).
    public static func write(_ layers: [GeoPackageLayer], to path: String) throws(SourceError) {
        _ = try GDALLibrary.require(for: path)
        // A fixed timestamp in gpkg_contents, so the same input gives the same bytes; a
        // thread-local option, undone before returning.
        gdal.CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z")
        defer { gdal.CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nil) }
        let log = GDALErrorLog()
        try log.capture { () throws(SourceError) in
            func fail(_ what: String) -> SourceError {
                SourceError(
                    .cannotCreate, source: path, message: "\(what)\(log.lastFailure.map { " (GDAL: \($0))" } ?? "")")
            }
            guard let driver = gdal.GDALGetDriverByName("GPKG"),
                let dataset = gdal.GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, nil)
            else {
                throw fail("cannot create a GeoPackage")
            }
            defer { gdal.GDALClose(dataset) }
            guard let srs = gdal.OSRNewSpatialReference(nil) else { throw fail("cannot create a spatial reference") }
            defer { gdal.OSRDestroySpatialReference(srs) }
            guard gdal.OSRImportFromEPSG(srs, 28992) == OGRERR_NONE else { throw fail("PROJ does not know EPSG:28992") }
            let geos: GEOSSession
            do { geos = try GEOSSession() } catch { throw fail("cannot start GEOS") }
            for layer in layers {
                try write(layer, into: dataset, srs: srs, geos: geos, fail: fail)
            }
            try writeStyles(layers, into: dataset, fail: fail)
        }
    }

    private static func write(
        _ layer: GeoPackageLayer, into dataset: GDALDatasetH, srs: OGRSpatialReferenceH, geos: GEOSSession,
        fail: (String) -> SourceError
    ) throws(SourceError) {
        let type: OGRwkbGeometryType =
            switch layer.kind {
            case .polygons: wkbMultiPolygon
            case .lines: wkbMultiLineString
            case .points: wkbPoint
            }
        guard let handle = gdal.GDALDatasetCreateLayer(dataset, layer.name, srs, type, nil) else {
            throw fail("cannot create layer \(layer.name)")
        }
        for (name, fieldType) in layer.fields {
            guard
                let field = gdal.OGR_Fld_Create(
                    name, fieldType == .text ? OFTString : fieldType == .real ? OFTReal : OFTInteger64)
            else {
                throw fail("cannot create field \(name)")
            }
            defer { gdal.OGR_Fld_Destroy(field) }
            guard gdal.OGR_L_CreateField(handle, field, 1) == OGRERR_NONE else {
                throw fail("cannot create field \(name) in \(layer.name)")
            }
        }
        guard gdal.OGR_L_StartTransaction(handle) == OGRERR_NONE else {
            throw fail("cannot start writing \(layer.name)")
        }
        let definition = gdal.OGR_L_GetLayerDefn(handle)
        for (geometry, values) in layer.features {
            guard let feature = gdal.OGR_F_Create(definition) else { throw fail("cannot create a feature") }
            defer { gdal.OGR_F_Destroy(feature) }
            for (i, (name, _)) in layer.fields.enumerated() {
                switch values[name] ?? .null {
                case .text(let s): gdal.OGR_F_SetFieldString(feature, Int32(i), s)
                case .real(let v): gdal.OGR_F_SetFieldDouble(feature, Int32(i), v)
                case .integer(let v): gdal.OGR_F_SetFieldInteger64(feature, Int32(i), GIntBig(v))
                case .null: gdal.OGR_F_SetFieldNull(feature, Int32(i))
                }
            }
            var bytes: [UInt8]
            do { bytes = try geos.wkb(geos.native(geometry)) } catch {
                throw fail("cannot encode a geometry of \(layer.name)")
            }
            var created: OGRGeometryH?
            guard gdal.OGR_G_CreateFromWkb(&bytes, srs, &created, Int32(bytes.count)) == OGRERR_NONE, var g = created
            else {
                throw fail("cannot convert a geometry of \(layer.name)")
            }
            // GDAL takes the geometry and returns the multi-geometry (nil only when out of memory).
            func forced(_ multi: OGRGeometryH?) throws(SourceError) -> OGRGeometryH {
                guard let multi else { throw fail("cannot convert a geometry of \(layer.name)") }
                return multi
            }
            switch layer.kind {
            case .polygons: g = try forced(gdal.OGR_G_ForceToMultiPolygon(g))
            case .lines: g = try forced(gdal.OGR_G_ForceToMultiLineString(g))
            case .points: break
            }
            guard gdal.OGR_F_SetGeometryDirectly(feature, g) == OGRERR_NONE,
                gdal.OGR_L_CreateFeature(handle, feature) == OGRERR_NONE
            else {
                throw fail("cannot write a feature of \(layer.name)")
            }
        }
        guard gdal.OGR_L_CommitTransaction(handle) == OGRERR_NONE else {
            throw fail("cannot finish writing \(layer.name)")
        }
    }

    /// The QGIS `layer_styles` table (the schema QGIS itself creates) with each layer's style
    /// as its default.
    private static func writeStyles(
        _ layers: [GeoPackageLayer], into dataset: GDALDatasetH, fail: (String) -> SourceError
    ) throws(SourceError) {
        let styled = layers.filter { $0.style != nil }
        guard !styled.isEmpty else { return }
        var statements = [
            """
            CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), \
            f_table_schema TEXT(256),
            f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, \
            useAsDefault BOOLEAN,
            description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME DEFAULT CURRENT_TIMESTAMP)
            """
        ]
        for layer in styled {
            statements.append(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                    + "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) VALUES "
                    + "('', '', \(quote(layer.name)), 'geom', \(quote(layer.name)), "
                    + "\(quote(layer.style ?? "")), '', 1, 'Ruimte', '', '', '2026-01-01T00:00:00Z')"
            )
        }
        for sql in statements {
            gdal.CPLErrorReset()
            let result = gdal.GDALDatasetExecuteSQL(dataset, sql, nil, nil)
            if let result { gdal.GDALDatasetReleaseResultSet(dataset, result) }
            if let failure = log(of: dataset) { throw fail("cannot write the layer styles: \(failure)") }
        }
    }

    private static func log(of dataset: GDALDatasetH) -> String? {
        gdal.CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
            ? gdal.CPLGetLastErrorMsg().map { String(cString: $0) } : nil
    }

    private static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
