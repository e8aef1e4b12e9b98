// Shim for GDAL/OGR's C API (Debian: libgdal-dev, GDAL 3.6 in bookworm): datasets and
// vector layers (gdal.h, ogr_api.h), spatial references (ogr_srs_api.h) and the per-thread
// error handler stack (cpl_error.h).
//
// Ruimte does not link GDAL: GDAL and the 68 libraries only it pulls in (poppler, xerces,
// codecs, ...) would be loaded and relocated at every start, about 50-70 ms and 20 MB even
// for commands that never read a GeoPackage. `GDALLibrary.swift` loads it with dlopen the
// first time a command reads or writes through GDAL, and looks up the functions below by
// name; these typedefs give each one its exact C type, taken from GDAL's own declarations.
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_recordbatch.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_conv.h>
#include <gdal/cpl_string.h>

typedef __typeof__(&CPLErrorReset) ruimte_gdal_CPLErrorReset;
typedef __typeof__(&CPLGetErrorHandlerUserData) ruimte_gdal_CPLGetErrorHandlerUserData;
typedef __typeof__(&CPLGetLastErrorMsg) ruimte_gdal_CPLGetLastErrorMsg;
typedef __typeof__(&CPLGetLastErrorType) ruimte_gdal_CPLGetLastErrorType;
typedef __typeof__(&CPLPopErrorHandler) ruimte_gdal_CPLPopErrorHandler;
typedef __typeof__(&CPLPushErrorHandlerEx) ruimte_gdal_CPLPushErrorHandlerEx;
typedef __typeof__(&CPLSetThreadLocalConfigOption) ruimte_gdal_CPLSetThreadLocalConfigOption;
typedef __typeof__(&CSLAddString) ruimte_gdal_CSLAddString;
typedef __typeof__(&CSLDestroy) ruimte_gdal_CSLDestroy;
typedef __typeof__(&GDALAllRegister) ruimte_gdal_GDALAllRegister;
typedef __typeof__(&GDALClose) ruimte_gdal_GDALClose;
typedef __typeof__(&GDALCreate) ruimte_gdal_GDALCreate;
typedef __typeof__(&GDALDatasetCreateLayer) ruimte_gdal_GDALDatasetCreateLayer;
typedef __typeof__(&GDALDatasetExecuteSQL) ruimte_gdal_GDALDatasetExecuteSQL;
typedef __typeof__(&GDALDatasetGetLayer) ruimte_gdal_GDALDatasetGetLayer;
typedef __typeof__(&GDALDatasetGetLayerByName) ruimte_gdal_GDALDatasetGetLayerByName;
typedef __typeof__(&GDALDatasetGetLayerCount) ruimte_gdal_GDALDatasetGetLayerCount;
typedef __typeof__(&GDALDatasetReleaseResultSet) ruimte_gdal_GDALDatasetReleaseResultSet;
typedef __typeof__(&GDALGetDatasetDriver) ruimte_gdal_GDALGetDatasetDriver;
typedef __typeof__(&GDALGetDriverByName) ruimte_gdal_GDALGetDriverByName;
typedef __typeof__(&GDALGetDriverShortName) ruimte_gdal_GDALGetDriverShortName;
typedef __typeof__(&GDALOpenEx) ruimte_gdal_GDALOpenEx;
typedef __typeof__(&OGR_FD_GetFieldCount) ruimte_gdal_OGR_FD_GetFieldCount;
typedef __typeof__(&OGR_FD_GetFieldDefn) ruimte_gdal_OGR_FD_GetFieldDefn;
typedef __typeof__(&OGR_F_Create) ruimte_gdal_OGR_F_Create;
typedef __typeof__(&OGR_F_Destroy) ruimte_gdal_OGR_F_Destroy;
typedef __typeof__(&OGR_F_GetFID) ruimte_gdal_OGR_F_GetFID;
typedef __typeof__(&OGR_F_GetFieldAsDouble) ruimte_gdal_OGR_F_GetFieldAsDouble;
typedef __typeof__(&OGR_F_GetFieldAsDoubleList) ruimte_gdal_OGR_F_GetFieldAsDoubleList;
typedef __typeof__(&OGR_F_GetFieldAsInteger) ruimte_gdal_OGR_F_GetFieldAsInteger;
typedef __typeof__(&OGR_F_GetFieldAsInteger64) ruimte_gdal_OGR_F_GetFieldAsInteger64;
typedef __typeof__(&OGR_F_GetFieldAsInteger64List) ruimte_gdal_OGR_F_GetFieldAsInteger64List;
typedef __typeof__(&OGR_F_GetFieldAsString) ruimte_gdal_OGR_F_GetFieldAsString;
typedef __typeof__(&OGR_F_GetFieldAsStringList) ruimte_gdal_OGR_F_GetFieldAsStringList;
typedef __typeof__(&OGR_F_GetGeometryRef) ruimte_gdal_OGR_F_GetGeometryRef;
typedef __typeof__(&OGR_F_IsFieldSetAndNotNull) ruimte_gdal_OGR_F_IsFieldSetAndNotNull;
typedef __typeof__(&OGR_F_SetFieldDouble) ruimte_gdal_OGR_F_SetFieldDouble;
typedef __typeof__(&OGR_F_SetFieldInteger64) ruimte_gdal_OGR_F_SetFieldInteger64;
typedef __typeof__(&OGR_F_SetFieldNull) ruimte_gdal_OGR_F_SetFieldNull;
typedef __typeof__(&OGR_F_SetFieldString) ruimte_gdal_OGR_F_SetFieldString;
typedef __typeof__(&OGR_F_SetGeometryDirectly) ruimte_gdal_OGR_F_SetGeometryDirectly;
typedef __typeof__(&OGR_Fld_Create) ruimte_gdal_OGR_Fld_Create;
typedef __typeof__(&OGR_Fld_Destroy) ruimte_gdal_OGR_Fld_Destroy;
typedef __typeof__(&OGR_Fld_GetNameRef) ruimte_gdal_OGR_Fld_GetNameRef;
typedef __typeof__(&OGR_Fld_GetSubType) ruimte_gdal_OGR_Fld_GetSubType;
typedef __typeof__(&OGR_Fld_GetType) ruimte_gdal_OGR_Fld_GetType;
typedef __typeof__(&OGR_GT_IsNonLinear) ruimte_gdal_OGR_GT_IsNonLinear;
typedef __typeof__(&OGR_G_CreateFromWkb) ruimte_gdal_OGR_G_CreateFromWkb;
typedef __typeof__(&OGR_G_DestroyGeometry) ruimte_gdal_OGR_G_DestroyGeometry;
typedef __typeof__(&OGR_G_ExportToIsoWkb) ruimte_gdal_OGR_G_ExportToIsoWkb;
typedef __typeof__(&OGR_G_ForceToMultiLineString) ruimte_gdal_OGR_G_ForceToMultiLineString;
typedef __typeof__(&OGR_G_ForceToMultiPolygon) ruimte_gdal_OGR_G_ForceToMultiPolygon;
typedef __typeof__(&OGR_G_GetGeometryName) ruimte_gdal_OGR_G_GetGeometryName;
typedef __typeof__(&OGR_G_GetLinearGeometry) ruimte_gdal_OGR_G_GetLinearGeometry;
typedef __typeof__(&OGR_G_HasCurveGeometry) ruimte_gdal_OGR_G_HasCurveGeometry;
typedef __typeof__(&OGR_G_WkbSize) ruimte_gdal_OGR_G_WkbSize;
typedef __typeof__(&OGR_L_CommitTransaction) ruimte_gdal_OGR_L_CommitTransaction;
typedef __typeof__(&OGR_L_CreateFeature) ruimte_gdal_OGR_L_CreateFeature;
typedef __typeof__(&OGR_L_CreateField) ruimte_gdal_OGR_L_CreateField;
typedef __typeof__(&OGR_L_GetArrowStream) ruimte_gdal_OGR_L_GetArrowStream;
typedef __typeof__(&OGR_L_GetGeomType) ruimte_gdal_OGR_L_GetGeomType;
typedef __typeof__(&OGR_L_GetLayerDefn) ruimte_gdal_OGR_L_GetLayerDefn;
typedef __typeof__(&OGR_L_GetName) ruimte_gdal_OGR_L_GetName;
typedef __typeof__(&OGR_L_GetNextFeature) ruimte_gdal_OGR_L_GetNextFeature;
typedef __typeof__(&OGR_L_GetSpatialRef) ruimte_gdal_OGR_L_GetSpatialRef;
typedef __typeof__(&OGR_L_ResetReading) ruimte_gdal_OGR_L_ResetReading;
typedef __typeof__(&OGR_L_StartTransaction) ruimte_gdal_OGR_L_StartTransaction;
typedef __typeof__(&OSRAutoIdentifyEPSG) ruimte_gdal_OSRAutoIdentifyEPSG;
typedef __typeof__(&OSRClone) ruimte_gdal_OSRClone;
typedef __typeof__(&OSRDestroySpatialReference) ruimte_gdal_OSRDestroySpatialReference;
typedef __typeof__(&OSRExportToWkt) ruimte_gdal_OSRExportToWkt;
typedef __typeof__(&OSRGetAuthorityCode) ruimte_gdal_OSRGetAuthorityCode;
typedef __typeof__(&OSRGetAuthorityName) ruimte_gdal_OSRGetAuthorityName;
typedef __typeof__(&OSRGetName) ruimte_gdal_OSRGetName;
typedef __typeof__(&OSRImportFromEPSG) ruimte_gdal_OSRImportFromEPSG;
typedef __typeof__(&OSRNewSpatialReference) ruimte_gdal_OSRNewSpatialReference;
typedef __typeof__(&VSIFree) ruimte_gdal_VSIFree;
typedef __typeof__(&VSIReadDirRecursive) ruimte_gdal_VSIReadDirRecursive;
typedef __typeof__(&OGR_L_SetAttributeFilter) ruimte_gdal_OGR_L_SetAttributeFilter;
typedef __typeof__(&OGR_L_GetFIDColumn) ruimte_gdal_OGR_L_GetFIDColumn;
typedef __typeof__(&OGR_L_GetFeatureCount) ruimte_gdal_OGR_L_GetFeatureCount;
