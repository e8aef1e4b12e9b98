import CPROJ

/// Transforms coordinates between two reference systems through PROJ.
///
/// The axis order is normalised for both sides (`proj_normalize_for_visualization`), so
/// EPSG:4326 is longitude first, matching ``LonLat``. Arrays are transformed with one
/// `proj_trans_generic` call. PROJ's log messages are captured (``messages``), never
/// printed, and a position PROJ cannot transform (an infinite or NaN result) is an error.
///
/// Each transformer owns its own PROJ context, so there is no shared state; like
/// ``GEOSSession`` it is not `Sendable` and belongs to one task.
///
/// Accuracy: between WGS84 and RD New PROJ uses the Helmert transformation EPSG:4833
/// ("Amersfoort to WGS 84 (4)", stated accuracy 1 m); the RDNAPTRANS™ grid that would make
/// it exact is not shipped by Debian. ``accuracy`` reports what PROJ states.
public final class CoordinateTransformer<Source: Coordinate, Target: Coordinate> {
    /// The source CRS as given, e.g. `"EPSG:4326"`.
    public let source: String
    /// The target CRS as given, e.g. `"EPSG:28992"`.
    public let target: String
    private let context: OpaquePointer
    private let transformation: OpaquePointer
    private let log: ProjLog

    /// Creates a transformer from `source` to `target` (any definition PROJ accepts,
    /// usually `"EPSG:nnnn"`).
    public init(from source: String, to target: String) throws {
        guard let context = proj_context_create() else {
            throw GeometryError(.proj, operation: "create PROJ context", message: "PROJ could not create a context")
        }
        let log = ProjLog()
        proj_log_func(context, Unmanaged.passUnretained(log).toOpaque()) { userData, _, message in
            guard let userData, let message else { return }
            Unmanaged<ProjLog>.fromOpaque(userData).takeUnretainedValue().messages.append(String(cString: message))
        }
        proj_log_level(context, PJ_LOG_ERROR)
        func fail(_ operation: String) -> GeometryError {
            let code = proj_context_errno(context)
            let detail = log.messages.last ?? String(cString: proj_context_errno_string(context, code))
            return GeometryError(.proj, operation: operation, message: detail)
        }
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let error = fail("transform \(source) -> \(target)")
            proj_context_destroy(context)
            throw error
        }
        let normalised = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalised else {
            let error = fail("normalise axis order \(source) -> \(target)")
            proj_context_destroy(context)
            throw error
        }
        self.source = source
        self.target = target
        self.context = context
        self.transformation = normalised
        self.log = log
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    /// Messages PROJ logged for this transformer, oldest first.
    public var messages: [String] { log.messages }

    private func run<A: Coordinate, B: Coordinate>(_ coordinates: [A], _ direction: PJ_DIRECTION) throws -> [B] {
        guard !coordinates.isEmpty else { return [] }
        var xs = coordinates.map(\.first)
        var ys = coordinates.map(\.second)
        let n = coordinates.count
        proj_errno_reset(transformation)
        let stride = MemoryLayout<Double>.stride
        let done = xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                proj_trans_generic(
                    transformation, direction, x.baseAddress, stride, n, y.baseAddress, stride, n,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        let operation = direction == PJ_FWD ? "transform \(source) -> \(target)" : "transform \(target) -> \(source)"
        guard done == n else {
            throw GeometryError(.proj, operation: operation, message: "PROJ transformed \(done) of \(n) positions")
        }
        var result: [B] = []
        result.reserveCapacity(n)
        for i in 0..<n {
            guard xs[i].isFinite, ys[i].isFinite else {
                let reason = log.messages.last.map { " (\($0))" } ?? ""
                throw GeometryError(
                    .nonFinite, operation: operation,
                    message: "position \(coordinates[i]) cannot be transformed\(reason)")
            }
            result.append(B(first: xs[i], second: ys[i]))
        }
        return result
    }

    /// `coordinates` transformed from source to target.
    public func forward(_ coordinates: [Source]) throws -> [Target] { try run(coordinates, PJ_FWD) }

    /// `coordinates` transformed from target back to source.
    public func inverse(_ coordinates: [Target]) throws -> [Source] { try run(coordinates, PJ_INV) }

    /// `geometry` transformed from source to target, one PROJ call per run of positions.
    public func forward(_ geometry: Geometry<Source>) throws -> Geometry<Target> {
        try geometry.mapCoordinateArrays(forward)
    }

    /// `geometry` transformed from target back to source.
    public func inverse(_ geometry: Geometry<Target>) throws -> Geometry<Source> {
        try geometry.mapCoordinateArrays(inverse)
    }

    /// The name and stated accuracy (metres; nil when PROJ states none) of the operation
    /// PROJ used for the last transformed position.
    public var lastOperation: (name: String, accuracy: Double?)? {
        guard let operation = proj_trans_get_last_used_operation(transformation) else { return nil }
        defer { proj_destroy(operation) }
        let accuracy = proj_coordoperation_get_accuracy(context, operation)
        let name = proj_get_name(operation).map { String(cString: $0) } ?? "unnamed operation"
        return (name, accuracy >= 0 ? accuracy : nil)
    }
}

extension CoordinateTransformer where Source == LonLat, Target == XY {
    /// WGS84 longitude/latitude (EPSG:4326) to RD New metres (EPSG:28992).
    public static func wgs84ToRDNew() throws -> CoordinateTransformer<LonLat, XY> {
        try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:28992")
    }
}

/// Receives PROJ's log lines for one context; reached from the C callback via userdata.
private final class ProjLog {
    var messages: [String] = []
}
