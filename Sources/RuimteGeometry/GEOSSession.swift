import CGEOS

/// One GEOS context: the place where native geometries live and GEOS operations run.
///
/// A session wraps GEOS's reentrant API (`GEOS_init_r`). It is deliberately not
/// `Sendable`: GEOS contexts must not be used from two threads at once, so create one
/// session per task or thread and share only the pure-Swift ``Geometry`` values between
/// them. Every handle made in a session keeps the session alive and is freed when the
/// Swift object that owns it goes away.
///
/// GEOS reports errors through a message callback; the session turns them into thrown
/// ``GeometryError``s, and keeps notices (e.g. the reason a geometry is invalid) in
/// ``warnings`` instead of printing them.
public final class GEOSSession {
    let handle: OpaquePointer
    private let sink: MessageSink

    /// Notices GEOS emitted in this session, oldest first.
    public var warnings: [String] { sink.notices }

    /// Creates a new GEOS context.
    public init() throws {
        guard let handle = GEOS_init_r() else {
            throw GeometryError(.geos, operation: "GEOS_init_r", message: "GEOS could not create a context")
        }
        self.handle = handle
        self.sink = MessageSink()
        let userData = Unmanaged.passUnretained(sink).toOpaque()
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                Unmanaged<MessageSink>.fromOpaque(userData).takeUnretainedValue().lastError = String(cString: message)
            }, userData)
        GEOSContext_setNoticeMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                Unmanaged<MessageSink>.fromOpaque(userData).takeUnretainedValue().notices.append(
                    String(cString: message))
            }, userData)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The version of the GEOS library in use, e.g. `"3.11.1-CAPI-1.17.1"`.
    public static var libraryVersion: String { String(cString: GEOSversion()) }

    // MARK: Error plumbing shared by the bridge files

    /// Clears the last error before a GEOS call.
    func resetError() {
        // Read before writing: the common case (no error) then costs no release of a String.
        if sink.lastError != nil { sink.lastError = nil }
    }

    /// An error for `operation`, carrying GEOS's own message when it gave one.
    func error(_ operation: String) -> GeometryError {
        GeometryError(
            .geos, operation: operation, message: sink.lastError ?? "GEOS reported a failure without a message")
    }

    /// Runs a GEOS call that returns a new geometry and wraps it, or throws GEOS's error.
    func makeGeometry(_ operation: String, _ call: (OpaquePointer) -> OpaquePointer?) throws -> NativeGeometry {
        resetError()
        guard let pointer = call(handle) else { throw error(operation) }
        return NativeGeometry(owning: pointer, in: self)
    }

    /// Runs a GEOS predicate (`char`: 1 true, 0 false, 2 exception).
    func predicate(_ operation: String, _ call: (OpaquePointer) -> CChar) throws -> Bool {
        resetError()
        switch call(handle) {
        case 1: return true
        case 0: return false
        default: throw error(operation)
        }
    }

    /// Runs a GEOS call that writes a double and returns 1 on success.
    func measure(_ operation: String, _ call: (OpaquePointer, UnsafeMutablePointer<Double>) -> Int32) throws -> Double {
        resetError()
        var value = 0.0
        guard call(handle, &value) == 1 else { throw error(operation) }
        guard value.isFinite else {
            throw GeometryError(.nonFinite, operation: operation, message: "GEOS returned \(value)")
        }
        return value
    }

    /// Copies a GEOS-allocated C string and frees it with `GEOSFree_r`.
    func takeString(_ operation: String, _ call: (OpaquePointer) -> UnsafeMutablePointer<CChar>?) throws -> String {
        resetError()
        guard let pointer = call(handle) else { throw error(operation) }
        defer { GEOSFree_r(handle, pointer) }
        return String(cString: pointer)
    }
}

/// Receives GEOS's messages for one session; reached from the C callbacks via userdata.
final class MessageSink {
    var lastError: String?
    var notices: [String] = []
}
