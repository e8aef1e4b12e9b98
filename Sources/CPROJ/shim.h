// Shim for PROJ's C API (Debian: libproj-dev, with proj-data holding proj.db).
#include <proj.h>
