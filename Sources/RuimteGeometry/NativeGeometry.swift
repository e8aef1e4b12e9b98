import CGEOS

/// A geometry held by GEOS inside one ``GEOSSession``, with shapely's operations.
///
/// Make one with ``GEOSSession/native(_:)`` (or by reading WKT/WKB), run operations on it,
/// and turn results back into values with ``value()``. All measurements are in the units of
/// the coordinates: metres and square metres for RD New. The GEOS handle is destroyed when
/// the object is released. Like its session, a native geometry is confined to one task.
public final class NativeGeometry {
    /// The session that runs operations on this geometry; kept alive as long as it.
    public let session: GEOSSession
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, in session: GEOSSession) {
        self.pointer = pointer
        self.session = session
    }

    deinit {
        GEOSGeom_destroy_r(session.handle, pointer)
    }

    /// The pure-Swift value of this geometry.
    public func value() throws -> Geometry<XY> { try session.value(of: self) }

    func checkSameSession(_ other: NativeGeometry, _ operation: String) throws {
        guard other.session === session else {
            throw GeometryError(
                .sessionMismatch, operation: operation,
                message: "the two geometries belong to different GEOS sessions")
        }
    }

    /// Runs a binary GEOS operation returning a new geometry.
    func binary(
        _ operation: String, _ other: NativeGeometry,
        _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws -> NativeGeometry {
        try checkSameSession(other, operation)
        return try session.makeGeometry(operation) { call($0, pointer, other.pointer) }
    }

    /// Runs a binary GEOS predicate.
    func binaryPredicate(
        _ operation: String, _ other: NativeGeometry,
        _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> CChar
    ) throws -> Bool {
        try checkSameSession(other, operation)
        return try session.predicate(operation) { call($0, pointer, other.pointer) }
    }

    /// Runs a unary GEOS operation returning a new geometry.
    func unary(_ operation: String, _ call: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> NativeGeometry {
        try session.makeGeometry(operation) { call($0, pointer) }
    }
}
