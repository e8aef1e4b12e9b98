import CGDAL

/// GDAL's errors and warnings for one call, captured instead of printed.
///
/// GDAL reports problems through a per-thread stack of error handlers. ``capture(_:)``
/// pushes a handler that appends to this log for the duration of one call and pops it
/// afterwards, so nothing reaches stderr and no state outlives the call: two threads each
/// capturing their own calls do not see each other's messages.
final class GDALErrorLog {
    /// One message: its class (`CE_Warning`, `CE_Failure`, ...) and text.
    struct Message {
        var isFailure: Bool
        var text: String
    }

    private(set) var messages: [Message] = []

    /// The last failure's text, or the last warning's when there was no failure.
    var lastFailure: String? { (messages.last { $0.isFailure } ?? messages.last)?.text }

    /// Runs `body` with this log as the thread's GDAL error handler.
    func capture<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        gdal.CPLPushErrorHandlerEx(
            { errorClass, _, message in
                guard let userData = gdal.CPLGetErrorHandlerUserData() else { return }
                let log = Unmanaged<GDALErrorLog>.fromOpaque(userData).takeUnretainedValue()
                let text = message.map { String(cString: $0) } ?? "unknown GDAL error"
                log.messages.append(Message(isFailure: errorClass.rawValue >= CE_Failure.rawValue, text: text))
            }, Unmanaged.passUnretained(self).toOpaque())
        defer { gdal.CPLPopErrorHandler() }
        return try withExtendedLifetime(self) { () throws(E) -> T in try body() }
    }
}
