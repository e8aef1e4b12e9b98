// Shim for GEOS's C API (Debian: libgeos-dev). Only the reentrant (_r) API is
// visible: every call takes an explicit context handle, so there is no global state.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
