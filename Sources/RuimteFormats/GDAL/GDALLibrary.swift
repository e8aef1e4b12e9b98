import CGDAL
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// GDAL's C API, loaded the first time a command reads or writes through GDAL.
///
/// GDAL is not linked into `ruimte`: with the 68 libraries only it pulls in (poppler,
/// xerces, codecs, ...) it would be mapped and relocated at every start, about 50-70 ms and
/// 20 MB of every run, and most runs never open a GeoPackage (`notebooks-md/performance.md`).
/// ``require(for:)`` opens `libgdal` with `dlopen`, looks up every function Ruimte calls
/// (each typed by the C shim from GDAL's own declaration), and registers the drivers, once
/// per process; every GDAL call in this module goes through ``gdal``. The library stays
/// loaded until the process ends.
final class GDALLibrary: @unchecked Sendable {
    // GDAL's functions under their C names (gdal.h, ogr_api.h, ogr_srs_api.h, cpl_*.h).
    let CPLErrorReset: ruimte_gdal_CPLErrorReset
    let CPLGetErrorHandlerUserData: ruimte_gdal_CPLGetErrorHandlerUserData
    let CPLGetLastErrorMsg: ruimte_gdal_CPLGetLastErrorMsg
    let CPLGetLastErrorType: ruimte_gdal_CPLGetLastErrorType
    let CPLPopErrorHandler: ruimte_gdal_CPLPopErrorHandler
    let CPLPushErrorHandlerEx: ruimte_gdal_CPLPushErrorHandlerEx
    let CPLSetThreadLocalConfigOption: ruimte_gdal_CPLSetThreadLocalConfigOption
    let CSLAddString: ruimte_gdal_CSLAddString
    let CSLDestroy: ruimte_gdal_CSLDestroy
    let GDALAllRegister: ruimte_gdal_GDALAllRegister
    let GDALClose: ruimte_gdal_GDALClose
    let GDALCreate: ruimte_gdal_GDALCreate
    let GDALDatasetCreateLayer: ruimte_gdal_GDALDatasetCreateLayer
    let GDALDatasetExecuteSQL: ruimte_gdal_GDALDatasetExecuteSQL
    let GDALDatasetGetLayer: ruimte_gdal_GDALDatasetGetLayer
    let GDALDatasetGetLayerByName: ruimte_gdal_GDALDatasetGetLayerByName
    let GDALDatasetGetLayerCount: ruimte_gdal_GDALDatasetGetLayerCount
    let GDALDatasetReleaseResultSet: ruimte_gdal_GDALDatasetReleaseResultSet
    let GDALGetDatasetDriver: ruimte_gdal_GDALGetDatasetDriver
    let GDALGetDriverByName: ruimte_gdal_GDALGetDriverByName
    let GDALGetDriverShortName: ruimte_gdal_GDALGetDriverShortName
    let GDALOpenEx: ruimte_gdal_GDALOpenEx
    let OGR_FD_GetFieldCount: ruimte_gdal_OGR_FD_GetFieldCount
    let OGR_FD_GetFieldDefn: ruimte_gdal_OGR_FD_GetFieldDefn
    let OGR_F_Create: ruimte_gdal_OGR_F_Create
    let OGR_F_Destroy: ruimte_gdal_OGR_F_Destroy
    let OGR_F_GetFID: ruimte_gdal_OGR_F_GetFID
    let OGR_F_GetFieldAsDouble: ruimte_gdal_OGR_F_GetFieldAsDouble
    let OGR_F_GetFieldAsDoubleList: ruimte_gdal_OGR_F_GetFieldAsDoubleList
    let OGR_F_GetFieldAsInteger: ruimte_gdal_OGR_F_GetFieldAsInteger
    let OGR_F_GetFieldAsInteger64: ruimte_gdal_OGR_F_GetFieldAsInteger64
    let OGR_F_GetFieldAsInteger64List: ruimte_gdal_OGR_F_GetFieldAsInteger64List
    let OGR_F_GetFieldAsString: ruimte_gdal_OGR_F_GetFieldAsString
    let OGR_F_GetFieldAsStringList: ruimte_gdal_OGR_F_GetFieldAsStringList
    let OGR_F_GetGeometryRef: ruimte_gdal_OGR_F_GetGeometryRef
    let OGR_F_IsFieldSetAndNotNull: ruimte_gdal_OGR_F_IsFieldSetAndNotNull
    let OGR_F_SetFieldDouble: ruimte_gdal_OGR_F_SetFieldDouble
    let OGR_F_SetFieldInteger64: ruimte_gdal_OGR_F_SetFieldInteger64
    let OGR_F_SetFieldNull: ruimte_gdal_OGR_F_SetFieldNull
    let OGR_F_SetFieldString: ruimte_gdal_OGR_F_SetFieldString
    let OGR_F_SetGeometryDirectly: ruimte_gdal_OGR_F_SetGeometryDirectly
    let OGR_Fld_Create: ruimte_gdal_OGR_Fld_Create
    let OGR_Fld_Destroy: ruimte_gdal_OGR_Fld_Destroy
    let OGR_Fld_GetNameRef: ruimte_gdal_OGR_Fld_GetNameRef
    let OGR_Fld_GetSubType: ruimte_gdal_OGR_Fld_GetSubType
    let OGR_Fld_GetType: ruimte_gdal_OGR_Fld_GetType
    let OGR_GT_IsNonLinear: ruimte_gdal_OGR_GT_IsNonLinear
    let OGR_G_CreateFromWkb: ruimte_gdal_OGR_G_CreateFromWkb
    let OGR_G_DestroyGeometry: ruimte_gdal_OGR_G_DestroyGeometry
    let OGR_G_ExportToIsoWkb: ruimte_gdal_OGR_G_ExportToIsoWkb
    let OGR_G_ForceToMultiLineString: ruimte_gdal_OGR_G_ForceToMultiLineString
    let OGR_G_ForceToMultiPolygon: ruimte_gdal_OGR_G_ForceToMultiPolygon
    let OGR_G_GetGeometryName: ruimte_gdal_OGR_G_GetGeometryName
    let OGR_G_GetLinearGeometry: ruimte_gdal_OGR_G_GetLinearGeometry
    let OGR_G_HasCurveGeometry: ruimte_gdal_OGR_G_HasCurveGeometry
    let OGR_G_WkbSize: ruimte_gdal_OGR_G_WkbSize
    let OGR_L_CommitTransaction: ruimte_gdal_OGR_L_CommitTransaction
    let OGR_L_CreateFeature: ruimte_gdal_OGR_L_CreateFeature
    let OGR_L_CreateField: ruimte_gdal_OGR_L_CreateField
    let OGR_L_GetArrowStream: ruimte_gdal_OGR_L_GetArrowStream
    let OGR_L_GetGeomType: ruimte_gdal_OGR_L_GetGeomType
    let OGR_L_GetLayerDefn: ruimte_gdal_OGR_L_GetLayerDefn
    let OGR_L_GetName: ruimte_gdal_OGR_L_GetName
    let OGR_L_GetNextFeature: ruimte_gdal_OGR_L_GetNextFeature
    let OGR_L_GetSpatialRef: ruimte_gdal_OGR_L_GetSpatialRef
    let OGR_L_ResetReading: ruimte_gdal_OGR_L_ResetReading
    let OGR_L_StartTransaction: ruimte_gdal_OGR_L_StartTransaction
    let OSRAutoIdentifyEPSG: ruimte_gdal_OSRAutoIdentifyEPSG
    let OSRClone: ruimte_gdal_OSRClone
    let OSRDestroySpatialReference: ruimte_gdal_OSRDestroySpatialReference
    let OSRExportToWkt: ruimte_gdal_OSRExportToWkt
    let OSRGetAuthorityCode: ruimte_gdal_OSRGetAuthorityCode
    let OSRGetAuthorityName: ruimte_gdal_OSRGetAuthorityName
    let OSRGetName: ruimte_gdal_OSRGetName
    let OSRImportFromEPSG: ruimte_gdal_OSRImportFromEPSG
    let OSRNewSpatialReference: ruimte_gdal_OSRNewSpatialReference
    let VSIFree: ruimte_gdal_VSIFree
    let OGR_L_SetAttributeFilter: ruimte_gdal_OGR_L_SetAttributeFilter
    let OGR_L_GetFIDColumn: ruimte_gdal_OGR_L_GetFIDColumn
    let OGR_L_GetFeatureCount: ruimte_gdal_OGR_L_GetFeatureCount

    /// The library names tried in order: `RUIMTE_GDAL_LIBRARY` alone when it is set (a GDAL
    /// built elsewhere, e.g. `/opt/gdal/lib/libgdal.so`); else the development link
    /// (installed with libgdal-dev, whatever its version), then the run-time names of
    /// recent GDAL releases.
    private static var names: [String] {
        if let chosen = ProcessInfo.processInfo.environment["RUIMTE_GDAL_LIBRARY"], !chosen.isEmpty { return [chosen] }
        return ["libgdal.so", "libgdal.so.36", "libgdal.so.35", "libgdal.so.34", "libgdal.so.33", "libgdal.so.32"]
    }

    private init(_ handle: UnsafeMutableRawPointer) throws(GDALLoadError) {
        func function<F>(_ name: String, _ type: F.Type) throws(GDALLoadError) -> F {
            guard let address = dlsym(handle, name) else {
                throw GDALLoadError(message: "the GDAL library has no function \(name) (GDAL 3.6 or later is needed)")
            }
            return unsafeBitCast(address, to: F.self)
        }
        CPLErrorReset = try function("CPLErrorReset", ruimte_gdal_CPLErrorReset.self)
        CPLGetErrorHandlerUserData = try function(
            "CPLGetErrorHandlerUserData", ruimte_gdal_CPLGetErrorHandlerUserData.self)
        CPLGetLastErrorMsg = try function("CPLGetLastErrorMsg", ruimte_gdal_CPLGetLastErrorMsg.self)
        CPLGetLastErrorType = try function("CPLGetLastErrorType", ruimte_gdal_CPLGetLastErrorType.self)
        CPLPopErrorHandler = try function("CPLPopErrorHandler", ruimte_gdal_CPLPopErrorHandler.self)
        CPLPushErrorHandlerEx = try function("CPLPushErrorHandlerEx", ruimte_gdal_CPLPushErrorHandlerEx.self)
        CPLSetThreadLocalConfigOption = try function(
            "CPLSetThreadLocalConfigOption", ruimte_gdal_CPLSetThreadLocalConfigOption.self)
        CSLAddString = try function("CSLAddString", ruimte_gdal_CSLAddString.self)
        CSLDestroy = try function("CSLDestroy", ruimte_gdal_CSLDestroy.self)
        GDALAllRegister = try function("GDALAllRegister", ruimte_gdal_GDALAllRegister.self)
        GDALClose = try function("GDALClose", ruimte_gdal_GDALClose.self)
        GDALCreate = try function("GDALCreate", ruimte_gdal_GDALCreate.self)
        GDALDatasetCreateLayer = try function("GDALDatasetCreateLayer", ruimte_gdal_GDALDatasetCreateLayer.self)
        GDALDatasetExecuteSQL = try function("GDALDatasetExecuteSQL", ruimte_gdal_GDALDatasetExecuteSQL.self)
        GDALDatasetGetLayer = try function("GDALDatasetGetLayer", ruimte_gdal_GDALDatasetGetLayer.self)
        GDALDatasetGetLayerByName = try function(
            "GDALDatasetGetLayerByName", ruimte_gdal_GDALDatasetGetLayerByName.self)
        GDALDatasetGetLayerCount = try function("GDALDatasetGetLayerCount", ruimte_gdal_GDALDatasetGetLayerCount.self)
        GDALDatasetReleaseResultSet = try function(
            "GDALDatasetReleaseResultSet", ruimte_gdal_GDALDatasetReleaseResultSet.self)
        GDALGetDatasetDriver = try function("GDALGetDatasetDriver", ruimte_gdal_GDALGetDatasetDriver.self)
        GDALGetDriverByName = try function("GDALGetDriverByName", ruimte_gdal_GDALGetDriverByName.self)
        GDALGetDriverShortName = try function("GDALGetDriverShortName", ruimte_gdal_GDALGetDriverShortName.self)
        GDALOpenEx = try function("GDALOpenEx", ruimte_gdal_GDALOpenEx.self)
        OGR_FD_GetFieldCount = try function("OGR_FD_GetFieldCount", ruimte_gdal_OGR_FD_GetFieldCount.self)
        OGR_FD_GetFieldDefn = try function("OGR_FD_GetFieldDefn", ruimte_gdal_OGR_FD_GetFieldDefn.self)
        OGR_F_Create = try function("OGR_F_Create", ruimte_gdal_OGR_F_Create.self)
        OGR_F_Destroy = try function("OGR_F_Destroy", ruimte_gdal_OGR_F_Destroy.self)
        OGR_F_GetFID = try function("OGR_F_GetFID", ruimte_gdal_OGR_F_GetFID.self)
        OGR_F_GetFieldAsDouble = try function("OGR_F_GetFieldAsDouble", ruimte_gdal_OGR_F_GetFieldAsDouble.self)
        OGR_F_GetFieldAsDoubleList = try function(
            "OGR_F_GetFieldAsDoubleList", ruimte_gdal_OGR_F_GetFieldAsDoubleList.self)
        OGR_F_GetFieldAsInteger = try function("OGR_F_GetFieldAsInteger", ruimte_gdal_OGR_F_GetFieldAsInteger.self)
        OGR_F_GetFieldAsInteger64 = try function(
            "OGR_F_GetFieldAsInteger64", ruimte_gdal_OGR_F_GetFieldAsInteger64.self)
        OGR_F_GetFieldAsInteger64List = try function(
            "OGR_F_GetFieldAsInteger64List", ruimte_gdal_OGR_F_GetFieldAsInteger64List.self)
        OGR_F_GetFieldAsString = try function("OGR_F_GetFieldAsString", ruimte_gdal_OGR_F_GetFieldAsString.self)
        OGR_F_GetFieldAsStringList = try function(
            "OGR_F_GetFieldAsStringList", ruimte_gdal_OGR_F_GetFieldAsStringList.self)
        OGR_F_GetGeometryRef = try function("OGR_F_GetGeometryRef", ruimte_gdal_OGR_F_GetGeometryRef.self)
        OGR_F_IsFieldSetAndNotNull = try function(
            "OGR_F_IsFieldSetAndNotNull", ruimte_gdal_OGR_F_IsFieldSetAndNotNull.self)
        OGR_F_SetFieldDouble = try function("OGR_F_SetFieldDouble", ruimte_gdal_OGR_F_SetFieldDouble.self)
        OGR_F_SetFieldInteger64 = try function("OGR_F_SetFieldInteger64", ruimte_gdal_OGR_F_SetFieldInteger64.self)
        OGR_F_SetFieldNull = try function("OGR_F_SetFieldNull", ruimte_gdal_OGR_F_SetFieldNull.self)
        OGR_F_SetFieldString = try function("OGR_F_SetFieldString", ruimte_gdal_OGR_F_SetFieldString.self)
        OGR_F_SetGeometryDirectly = try function(
            "OGR_F_SetGeometryDirectly", ruimte_gdal_OGR_F_SetGeometryDirectly.self)
        OGR_Fld_Create = try function("OGR_Fld_Create", ruimte_gdal_OGR_Fld_Create.self)
        OGR_Fld_Destroy = try function("OGR_Fld_Destroy", ruimte_gdal_OGR_Fld_Destroy.self)
        OGR_Fld_GetNameRef = try function("OGR_Fld_GetNameRef", ruimte_gdal_OGR_Fld_GetNameRef.self)
        OGR_Fld_GetSubType = try function("OGR_Fld_GetSubType", ruimte_gdal_OGR_Fld_GetSubType.self)
        OGR_Fld_GetType = try function("OGR_Fld_GetType", ruimte_gdal_OGR_Fld_GetType.self)
        OGR_GT_IsNonLinear = try function("OGR_GT_IsNonLinear", ruimte_gdal_OGR_GT_IsNonLinear.self)
        OGR_G_CreateFromWkb = try function("OGR_G_CreateFromWkb", ruimte_gdal_OGR_G_CreateFromWkb.self)
        OGR_G_DestroyGeometry = try function("OGR_G_DestroyGeometry", ruimte_gdal_OGR_G_DestroyGeometry.self)
        OGR_G_ExportToIsoWkb = try function("OGR_G_ExportToIsoWkb", ruimte_gdal_OGR_G_ExportToIsoWkb.self)
        OGR_G_ForceToMultiLineString = try function(
            "OGR_G_ForceToMultiLineString", ruimte_gdal_OGR_G_ForceToMultiLineString.self)
        OGR_G_ForceToMultiPolygon = try function(
            "OGR_G_ForceToMultiPolygon", ruimte_gdal_OGR_G_ForceToMultiPolygon.self)
        OGR_G_GetGeometryName = try function("OGR_G_GetGeometryName", ruimte_gdal_OGR_G_GetGeometryName.self)
        OGR_G_GetLinearGeometry = try function("OGR_G_GetLinearGeometry", ruimte_gdal_OGR_G_GetLinearGeometry.self)
        OGR_G_HasCurveGeometry = try function("OGR_G_HasCurveGeometry", ruimte_gdal_OGR_G_HasCurveGeometry.self)
        OGR_G_WkbSize = try function("OGR_G_WkbSize", ruimte_gdal_OGR_G_WkbSize.self)
        OGR_L_CommitTransaction = try function("OGR_L_CommitTransaction", ruimte_gdal_OGR_L_CommitTransaction.self)
        OGR_L_CreateFeature = try function("OGR_L_CreateFeature", ruimte_gdal_OGR_L_CreateFeature.self)
        OGR_L_CreateField = try function("OGR_L_CreateField", ruimte_gdal_OGR_L_CreateField.self)
        OGR_L_GetArrowStream = try function("OGR_L_GetArrowStream", ruimte_gdal_OGR_L_GetArrowStream.self)
        OGR_L_GetGeomType = try function("OGR_L_GetGeomType", ruimte_gdal_OGR_L_GetGeomType.self)
        OGR_L_GetLayerDefn = try function("OGR_L_GetLayerDefn", ruimte_gdal_OGR_L_GetLayerDefn.self)
        OGR_L_GetName = try function("OGR_L_GetName", ruimte_gdal_OGR_L_GetName.self)
        OGR_L_GetNextFeature = try function("OGR_L_GetNextFeature", ruimte_gdal_OGR_L_GetNextFeature.self)
        OGR_L_GetSpatialRef = try function("OGR_L_GetSpatialRef", ruimte_gdal_OGR_L_GetSpatialRef.self)
        OGR_L_ResetReading = try function("OGR_L_ResetReading", ruimte_gdal_OGR_L_ResetReading.self)
        OGR_L_StartTransaction = try function("OGR_L_StartTransaction", ruimte_gdal_OGR_L_StartTransaction.self)
        OSRAutoIdentifyEPSG = try function("OSRAutoIdentifyEPSG", ruimte_gdal_OSRAutoIdentifyEPSG.self)
        OSRClone = try function("OSRClone", ruimte_gdal_OSRClone.self)
        OSRDestroySpatialReference = try function(
            "OSRDestroySpatialReference", ruimte_gdal_OSRDestroySpatialReference.self)
        OSRExportToWkt = try function("OSRExportToWkt", ruimte_gdal_OSRExportToWkt.self)
        OSRGetAuthorityCode = try function("OSRGetAuthorityCode", ruimte_gdal_OSRGetAuthorityCode.self)
        OSRGetAuthorityName = try function("OSRGetAuthorityName", ruimte_gdal_OSRGetAuthorityName.self)
        OSRGetName = try function("OSRGetName", ruimte_gdal_OSRGetName.self)
        OSRImportFromEPSG = try function("OSRImportFromEPSG", ruimte_gdal_OSRImportFromEPSG.self)
        OSRNewSpatialReference = try function("OSRNewSpatialReference", ruimte_gdal_OSRNewSpatialReference.self)
        VSIFree = try function("VSIFree", ruimte_gdal_VSIFree.self)
        OGR_L_SetAttributeFilter = try function("OGR_L_SetAttributeFilter", ruimte_gdal_OGR_L_SetAttributeFilter.self)
        OGR_L_GetFIDColumn = try function("OGR_L_GetFIDColumn", ruimte_gdal_OGR_L_GetFIDColumn.self)
        OGR_L_GetFeatureCount = try function("OGR_L_GetFeatureCount", ruimte_gdal_OGR_L_GetFeatureCount.self)
        GDALAllRegister()
    }

    /// The loaded library with its drivers registered, or why it could not be loaded; made
    /// once, on first use (a lazy static is thread-safe).
    private static let loaded: Result<GDALLibrary, GDALLoadError> = {
        var reasons: [String] = []
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                reasons.append(dlerror().map { String(cString: $0) } ?? name)
                continue
            }
            do throws(GDALLoadError) {
                return .success(try GDALLibrary(handle))
            } catch {
                dlclose(handle)
                return .failure(error)
            }
        }
        return .failure(GDALLoadError(message: "GDAL cannot be loaded (\(reasons.last ?? "no library found"))"))
    }()

    /// GDAL, loaded on first use; throws for `source` (the input or output being handled)
    /// when it cannot be loaded.
    static func require(for source: String) throws(SourceError) -> GDALLibrary {
        switch loaded {
        case .success(let library): return library
        case .failure(let error):
            throw SourceError(
                .unavailable, source: source,
                message:
                    "needs GDAL, and \(error.message); install it (Debian: apt-get install libgdal-dev) or use GeoJSON")
        }
    }

    /// The library for code that runs after ``require(for:)`` succeeded in the same call.
    fileprivate static var current: GDALLibrary {
        guard case .success(let library) = loaded else {
            preconditionFailure("GDAL used before GDALLibrary.require(for:) succeeded")
        }
        return library
    }
}

/// Why GDAL could not be loaded.
struct GDALLoadError: Error {
    var message: String
}

/// GDAL's C API for this module's GDAL code, which runs only inside a call that began with
/// ``GDALLibrary/require(for:)``.
var gdal: GDALLibrary { GDALLibrary.current }
