import CGEOS

// WKT and WKB through GEOS's readers and writers. Each reader/writer is created for one
// call and destroyed with it; GEOS-allocated results are freed with GEOSFree_r.

extension GEOSSession {
    /// Parses Well-Known Text, e.g. `"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"`.
    public func read(wkt: String) throws -> NativeGeometry {
        resetError()
        guard let reader = GEOSWKTReader_create_r(handle) else { throw error("read WKT") }
        defer { GEOSWKTReader_destroy_r(handle, reader) }
        do {
            return try makeGeometry("read WKT") { GEOSWKTReader_read_r($0, reader, wkt) }
        } catch let e as GeometryError {
            throw GeometryError(.parse, operation: e.operation, message: e.message)
        }
    }

    /// Writes Well-Known Text with `decimals` digits after the point; with `trim`, trailing
    /// zeros are dropped (`1 0` instead of `1.000 0.000`).
    public func wkt(_ geometry: NativeGeometry, decimals: Int = 6, trim: Bool = true) throws -> String {
        resetError()
        guard let writer = GEOSWKTWriter_create_r(handle) else { throw error("write WKT") }
        defer { GEOSWKTWriter_destroy_r(handle, writer) }
        GEOSWKTWriter_setTrim_r(handle, writer, trim ? 1 : 0)
        GEOSWKTWriter_setRoundingPrecision_r(handle, writer, Int32(decimals))
        GEOSWKTWriter_setOutputDimension_r(handle, writer, 2)
        return try takeString("write WKT") { GEOSWKTWriter_write_r($0, writer, geometry.pointer) }
    }

    /// Parses Well-Known Binary (ISO or extended, either byte order).
    public func read(wkb: [UInt8]) throws -> NativeGeometry {
        resetError()
        guard let reader = GEOSWKBReader_create_r(handle) else { throw error("read WKB") }
        defer { GEOSWKBReader_destroy_r(handle, reader) }
        do {
            return try makeGeometry("read WKB") { h in
                wkb.withUnsafeBufferPointer { GEOSWKBReader_read_r(h, reader, $0.baseAddress, $0.count) }
            }
        } catch let e as GeometryError {
            throw GeometryError(.parse, operation: e.operation, message: e.message)
        }
    }

    /// Writes 2D little-endian Well-Known Binary. WKB stores full double precision.
    public func wkb(_ geometry: NativeGeometry) throws -> [UInt8] {
        resetError()
        guard let writer = GEOSWKBWriter_create_r(handle) else { throw error("write WKB") }
        defer { GEOSWKBWriter_destroy_r(handle, writer) }
        GEOSWKBWriter_setOutputDimension_r(handle, writer, 2)
        GEOSWKBWriter_setByteOrder_r(handle, writer, Int32(GEOS_WKB_NDR.rawValue))
        var size = 0
        guard let bytes = GEOSWKBWriter_write_r(handle, writer, geometry.pointer, &size) else {
            throw error("write WKB")
        }
        defer { GEOSFree_r(handle, bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }
}
