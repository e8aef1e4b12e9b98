import CGEOS

/// A read-only R-tree (GEOS STRtree) over many geometries, answering with their indices.
///
/// Like shapely's `STRtree`, queries return positions in the array the index was built
/// from, sorted ascending so results are deterministic. A predicate query tests
/// `predicate(query, item)` with the query geometry prepared once.
///
/// GEOS 3.11 builds the tree lazily on the first query; nothing can be inserted after.
public final class SpatialIndex {
    /// The indexed geometries, in the order their indices refer to.
    public let geometries: [NativeGeometry]
    private let session: GEOSSession
    private let tree: OpaquePointer

    /// Builds an index over `geometries`, which must all belong to `session`.
    /// `nodeCapacity` is the number of children per tree node (GEOS's default is 10).
    public init(_ geometries: [NativeGeometry], in session: GEOSSession, nodeCapacity: Int = 10) throws {
        for g in geometries where g.session !== session {
            throw GeometryError(
                .sessionMismatch, operation: "build index",
                message: "a geometry belongs to another GEOS session")
        }
        session.resetError()
        guard let tree = GEOSSTRtree_create_r(session.handle, nodeCapacity) else {
            throw session.error("build index")
        }
        self.session = session
        self.tree = tree
        self.geometries = geometries
        // Each item is its index + 1 (a null item pointer would be indistinguishable).
        for (i, g) in geometries.enumerated() {
            GEOSSTRtree_insert_r(session.handle, tree, g.pointer, UnsafeMutableRawPointer(bitPattern: i + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(session.handle, tree)
    }

    /// The number of indexed geometries.
    public var count: Int { geometries.count }

    /// Indices of geometries whose envelope intersects the envelope of `geometry`.
    private func candidates(_ geometry: NativeGeometry) throws -> [Int] {
        guard geometry.session === session else {
            throw GeometryError(
                .sessionMismatch, operation: "query index",
                message: "the query geometry belongs to another GEOS session")
        }
        var found: [Int] = []
        withUnsafeMutablePointer(to: &found) { out in
            GEOSSTRtree_query_r(
                session.handle, tree, geometry.pointer,
                { item, userData in
                    guard let userData else { return }
                    userData.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
                }, UnsafeMutableRawPointer(out))
        }
        found.sort()
        return found
    }

    /// Indices of geometries whose envelopes intersect `envelope`.
    public func query(envelope: Envelope) throws -> [Int] {
        try candidates(session.native(.polygon(envelope.polygon)))
    }

    /// Indices of geometries whose envelopes intersect that of `geometry`, or, with a
    /// `predicate`, those for which `predicate(geometry, item)` holds.
    public func query(_ geometry: NativeGeometry, predicate: SpatialPredicate? = nil) throws -> [Int] {
        let found = try candidates(geometry)
        guard let predicate, !found.isEmpty else { return found }
        let prepared = try PreparedGeometry(geometry)
        return try found.filter { try prepared.evaluate(predicate, geometries[$0]) }
    }

    /// Indices of geometries within `distance` (inclusive) of `geometry`.
    public func query(_ geometry: NativeGeometry, withinDistance distance: Double) throws -> [Int] {
        guard let bounds = try geometry.envelopeBounds() else { return [] }
        let found = try candidates(session.native(.polygon(bounds.expanded(by: distance).polygon)))
        guard !found.isEmpty else { return [] }
        let prepared = try PreparedGeometry(geometry)
        return try found.filter { try prepared.distanceWithin(geometries[$0], distance) }
    }

    /// The index of the geometry nearest to `geometry` and that distance, or nil for an
    /// empty index. Ties are broken by the lowest index, so the answer is deterministic.
    public func nearest(to geometry: NativeGeometry) throws -> (index: Int, distance: Double)? {
        guard !geometries.isEmpty else { return nil }
        guard geometry.session === session else {
            throw GeometryError(
                .sessionMismatch, operation: "nearest",
                message: "the query geometry belongs to another GEOS session")
        }
        let context = NearestContext(handle: session.handle, items: geometries.map(\.pointer) + [geometry.pointer])
        session.resetError()
        let found = withExtendedLifetime(context) { () -> UnsafeRawPointer? in
            GEOSSTRtree_nearest_generic_r(
                session.handle, tree, UnsafeRawPointer(bitPattern: context.items.count), geometry.pointer,
                { item1, item2, distance, userData in
                    guard let userData, let distance else { return 0 }
                    let context = Unmanaged<NearestContext>.fromOpaque(userData).takeUnretainedValue()
                    let a = context.items[Int(bitPattern: item1) - 1], b = context.items[Int(bitPattern: item2) - 1]
                    return GEOSDistance_r(context.handle, a, b, distance)
                }, Unmanaged.passUnretained(context).toOpaque())
        }
        guard let found else { throw session.error("nearest") }
        let best = Int(bitPattern: found) - 1
        let distance = try geometry.distance(geometries[best])
        // Among items at exactly the same distance, report the lowest index.
        let ties = try query(geometry, withinDistance: distance)
        return (ties.first { (try? geometry.distance(geometries[$0])) == distance } ?? best, distance)
    }
}

/// What the nearest-neighbour distance callback needs: the context and the geometries,
/// indexed by item - 1 (the query geometry is the last one).
private final class NearestContext {
    let handle: OpaquePointer
    let items: [OpaquePointer]
    init(handle: OpaquePointer, items: [OpaquePointer]) {
        self.handle = handle
        self.items = items
    }
}
