// Shim for GDAL/OGR's C API (Debian: libgdal-dev, GDAL 3.6 in bookworm): datasets and
// vector layers (gdal.h, ogr_api.h), spatial references (ogr_srs_api.h) and the per-thread
// error handler stack (cpl_error.h).
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_recordbatch.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <cpl_conv.h>
#include <cpl_string.h>
