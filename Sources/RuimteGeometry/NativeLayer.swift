import CGEOS

/// Many geometries held by GEOS once, read-only, for use from several threads.
///
/// A ``GEOSSession`` is confined to one thread, but GEOS geometries themselves are plain
/// data that any context may read (GEOS computes their envelopes when they are built, so
/// reading them mutates nothing). A layer creates its geometries in a private context and
/// destroys them when it is released; each thread then ``borrow(_:in:)``s them into its own
/// session without copying, and runs predicates and overlays there. Results of overlays
/// belong to the borrowing session as usual.
///
/// Nothing may modify a layer's geometries, and a prepared geometry or STRtree built on
/// borrowed geometries belongs to the borrowing session only.
public final class NativeLayer: @unchecked Sendable {
    private let owner: GEOSSession
    private let pointers: [OpaquePointer]
    /// The bounding box of each geometry (nil for an empty one), computed once when the
    /// layer is made, so that threads can split the work without calling GEOS.
    public let envelopes: [Envelope?]

    /// The number of geometries.
    public var count: Int { pointers.count }

    private static func extents(_ pointers: [OpaquePointer], _ owner: GEOSSession) -> [Envelope?] {
        pointers.map { g in
            var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
            guard GEOSisEmpty_r(owner.handle, g) == 0, GEOSGeom_getExtent_r(owner.handle, g, &minX, &minY, &maxX, &maxY) == 1 else {
                return nil
            }
            return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        }
    }

    /// Converts `geometries` into GEOS, in bulk.
    public init(_ geometries: [Geometry<XY>]) throws {
        let owner = try GEOSSession()
        var pointers: [OpaquePointer] = []
        pointers.reserveCapacity(geometries.count)
        do {
            for g in geometries { pointers.append(try owner.makeRaw(g)) }
        } catch {
            for p in pointers { GEOSGeom_destroy_r(owner.handle, p) }
            throw error
        }
        self.owner = owner
        self.pointers = pointers
        self.envelopes = Self.extents(pointers, owner)
    }

    /// Reads Well-Known Binary records straight into GEOS (no Swift values in between).
    public init(wkb records: [[UInt8]]) throws {
        let owner = try GEOSSession()
        owner.resetError()
        guard let reader = GEOSWKBReader_create_r(owner.handle) else { throw owner.error("read WKB") }
        defer { GEOSWKBReader_destroy_r(owner.handle, reader) }
        var pointers: [OpaquePointer] = []
        pointers.reserveCapacity(records.count)
        for (i, record) in records.enumerated() {
            owner.resetError()
            let g = record.withUnsafeBufferPointer { GEOSWKBReader_read_r(owner.handle, reader, $0.baseAddress, $0.count) }
            guard let g else {
                for p in pointers { GEOSGeom_destroy_r(owner.handle, p) }
                let e = owner.error("read WKB record \(i)")
                throw GeometryError(.parse, operation: e.operation, message: e.message)
            }
            pointers.append(g)
        }
        self.owner = owner
        self.pointers = pointers
        self.envelopes = Self.extents(pointers, owner)
    }

    deinit {
        for p in pointers { GEOSGeom_destroy_r(owner.handle, p) }
    }

    /// Geometry `index` as a native geometry of `session`, without a copy. The layer stays
    /// alive as long as the borrowed geometry.
    public func borrow(_ index: Int, in session: GEOSSession) -> NativeGeometry {
        NativeGeometry(borrowing: pointers[index], from: self, in: session)
    }
}
