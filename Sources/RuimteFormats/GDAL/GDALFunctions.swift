import CGDAL
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Looks up `name` in the opened library, typed by the C shim's declaration of it.
func gdalFunction<F>(_ handle: UnsafeMutableRawPointer, _ name: String) throws(GDALLoadError) -> F {
    guard let address = dlsym(handle, name) else {
        throw GDALLoadError(message: "the GDAL library has no function \(name) (GDAL 3.6 or later is needed)")
    }
    return unsafeBitCast(address, to: F.self)
}

/// GDAL functions under their C names: errors (cpl_error.h), string lists, datasets and drivers (gdal.h),
/// spatial references (ogr_srs_api.h), VSIFree and VSIReadDirRecursive.
struct GDALCoreFunctions: Sendable {
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
    let VSIReadDirRecursive: ruimte_gdal_VSIReadDirRecursive

    init(_ handle: UnsafeMutableRawPointer) throws(GDALLoadError) {
        CPLErrorReset = try gdalFunction(handle, "CPLErrorReset")
        CPLGetErrorHandlerUserData = try gdalFunction(handle, "CPLGetErrorHandlerUserData")
        CPLGetLastErrorMsg = try gdalFunction(handle, "CPLGetLastErrorMsg")
        CPLGetLastErrorType = try gdalFunction(handle, "CPLGetLastErrorType")
        CPLPopErrorHandler = try gdalFunction(handle, "CPLPopErrorHandler")
        CPLPushErrorHandlerEx = try gdalFunction(handle, "CPLPushErrorHandlerEx")
        CPLSetThreadLocalConfigOption = try gdalFunction(handle, "CPLSetThreadLocalConfigOption")
        CSLAddString = try gdalFunction(handle, "CSLAddString")
        CSLDestroy = try gdalFunction(handle, "CSLDestroy")
        GDALAllRegister = try gdalFunction(handle, "GDALAllRegister")
        GDALClose = try gdalFunction(handle, "GDALClose")
        GDALCreate = try gdalFunction(handle, "GDALCreate")
        GDALDatasetCreateLayer = try gdalFunction(handle, "GDALDatasetCreateLayer")
        GDALDatasetExecuteSQL = try gdalFunction(handle, "GDALDatasetExecuteSQL")
        GDALDatasetGetLayer = try gdalFunction(handle, "GDALDatasetGetLayer")
        GDALDatasetGetLayerByName = try gdalFunction(handle, "GDALDatasetGetLayerByName")
        GDALDatasetGetLayerCount = try gdalFunction(handle, "GDALDatasetGetLayerCount")
        GDALDatasetReleaseResultSet = try gdalFunction(handle, "GDALDatasetReleaseResultSet")
        GDALGetDatasetDriver = try gdalFunction(handle, "GDALGetDatasetDriver")
        GDALGetDriverByName = try gdalFunction(handle, "GDALGetDriverByName")
        GDALGetDriverShortName = try gdalFunction(handle, "GDALGetDriverShortName")
        GDALOpenEx = try gdalFunction(handle, "GDALOpenEx")
        OSRAutoIdentifyEPSG = try gdalFunction(handle, "OSRAutoIdentifyEPSG")
        OSRClone = try gdalFunction(handle, "OSRClone")
        OSRDestroySpatialReference = try gdalFunction(handle, "OSRDestroySpatialReference")
        OSRExportToWkt = try gdalFunction(handle, "OSRExportToWkt")
        OSRGetAuthorityCode = try gdalFunction(handle, "OSRGetAuthorityCode")
        OSRGetAuthorityName = try gdalFunction(handle, "OSRGetAuthorityName")
        OSRGetName = try gdalFunction(handle, "OSRGetName")
        OSRImportFromEPSG = try gdalFunction(handle, "OSRImportFromEPSG")
        OSRNewSpatialReference = try gdalFunction(handle, "OSRNewSpatialReference")
        VSIFree = try gdalFunction(handle, "VSIFree")
        VSIReadDirRecursive = try gdalFunction(handle, "VSIReadDirRecursive")
    }
}

/// GDAL functions under their C names: Features, their fields and field definitions (ogr_api.h).
struct GDALFeatureFunctions: Sendable {
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

    init(_ handle: UnsafeMutableRawPointer) throws(GDALLoadError) {
        OGR_FD_GetFieldCount = try gdalFunction(handle, "OGR_FD_GetFieldCount")
        OGR_FD_GetFieldDefn = try gdalFunction(handle, "OGR_FD_GetFieldDefn")
        OGR_F_Create = try gdalFunction(handle, "OGR_F_Create")
        OGR_F_Destroy = try gdalFunction(handle, "OGR_F_Destroy")
        OGR_F_GetFID = try gdalFunction(handle, "OGR_F_GetFID")
        OGR_F_GetFieldAsDouble = try gdalFunction(handle, "OGR_F_GetFieldAsDouble")
        OGR_F_GetFieldAsDoubleList = try gdalFunction(handle, "OGR_F_GetFieldAsDoubleList")
        OGR_F_GetFieldAsInteger = try gdalFunction(handle, "OGR_F_GetFieldAsInteger")
        OGR_F_GetFieldAsInteger64 = try gdalFunction(handle, "OGR_F_GetFieldAsInteger64")
        OGR_F_GetFieldAsInteger64List = try gdalFunction(handle, "OGR_F_GetFieldAsInteger64List")
        OGR_F_GetFieldAsString = try gdalFunction(handle, "OGR_F_GetFieldAsString")
        OGR_F_GetFieldAsStringList = try gdalFunction(handle, "OGR_F_GetFieldAsStringList")
        OGR_F_GetGeometryRef = try gdalFunction(handle, "OGR_F_GetGeometryRef")
        OGR_F_IsFieldSetAndNotNull = try gdalFunction(handle, "OGR_F_IsFieldSetAndNotNull")
        OGR_F_SetFieldDouble = try gdalFunction(handle, "OGR_F_SetFieldDouble")
        OGR_F_SetFieldInteger64 = try gdalFunction(handle, "OGR_F_SetFieldInteger64")
        OGR_F_SetFieldNull = try gdalFunction(handle, "OGR_F_SetFieldNull")
        OGR_F_SetFieldString = try gdalFunction(handle, "OGR_F_SetFieldString")
        OGR_F_SetGeometryDirectly = try gdalFunction(handle, "OGR_F_SetGeometryDirectly")
        OGR_Fld_Create = try gdalFunction(handle, "OGR_Fld_Create")
        OGR_Fld_Destroy = try gdalFunction(handle, "OGR_Fld_Destroy")
        OGR_Fld_GetNameRef = try gdalFunction(handle, "OGR_Fld_GetNameRef")
        OGR_Fld_GetSubType = try gdalFunction(handle, "OGR_Fld_GetSubType")
        OGR_Fld_GetType = try gdalFunction(handle, "OGR_Fld_GetType")
    }
}

/// GDAL functions under their C names: Layers, geometries and geometry types (ogr_api.h).
struct GDALLayerFunctions: Sendable {
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
    let OGR_L_SetAttributeFilter: ruimte_gdal_OGR_L_SetAttributeFilter
    let OGR_L_GetFIDColumn: ruimte_gdal_OGR_L_GetFIDColumn
    let OGR_L_GetFeatureCount: ruimte_gdal_OGR_L_GetFeatureCount

    init(_ handle: UnsafeMutableRawPointer) throws(GDALLoadError) {
        OGR_GT_IsNonLinear = try gdalFunction(handle, "OGR_GT_IsNonLinear")
        OGR_G_CreateFromWkb = try gdalFunction(handle, "OGR_G_CreateFromWkb")
        OGR_G_DestroyGeometry = try gdalFunction(handle, "OGR_G_DestroyGeometry")
        OGR_G_ExportToIsoWkb = try gdalFunction(handle, "OGR_G_ExportToIsoWkb")
        OGR_G_ForceToMultiLineString = try gdalFunction(handle, "OGR_G_ForceToMultiLineString")
        OGR_G_ForceToMultiPolygon = try gdalFunction(handle, "OGR_G_ForceToMultiPolygon")
        OGR_G_GetGeometryName = try gdalFunction(handle, "OGR_G_GetGeometryName")
        OGR_G_GetLinearGeometry = try gdalFunction(handle, "OGR_G_GetLinearGeometry")
        OGR_G_HasCurveGeometry = try gdalFunction(handle, "OGR_G_HasCurveGeometry")
        OGR_G_WkbSize = try gdalFunction(handle, "OGR_G_WkbSize")
        OGR_L_CommitTransaction = try gdalFunction(handle, "OGR_L_CommitTransaction")
        OGR_L_CreateFeature = try gdalFunction(handle, "OGR_L_CreateFeature")
        OGR_L_CreateField = try gdalFunction(handle, "OGR_L_CreateField")
        OGR_L_GetArrowStream = try gdalFunction(handle, "OGR_L_GetArrowStream")
        OGR_L_GetGeomType = try gdalFunction(handle, "OGR_L_GetGeomType")
        OGR_L_GetLayerDefn = try gdalFunction(handle, "OGR_L_GetLayerDefn")
        OGR_L_GetName = try gdalFunction(handle, "OGR_L_GetName")
        OGR_L_GetNextFeature = try gdalFunction(handle, "OGR_L_GetNextFeature")
        OGR_L_GetSpatialRef = try gdalFunction(handle, "OGR_L_GetSpatialRef")
        OGR_L_ResetReading = try gdalFunction(handle, "OGR_L_ResetReading")
        OGR_L_StartTransaction = try gdalFunction(handle, "OGR_L_StartTransaction")
        OGR_L_SetAttributeFilter = try gdalFunction(handle, "OGR_L_SetAttributeFilter")
        OGR_L_GetFIDColumn = try gdalFunction(handle, "OGR_L_GetFIDColumn")
        OGR_L_GetFeatureCount = try gdalFunction(handle, "OGR_L_GetFeatureCount")
    }
}
