/// Many polygonal features (polygons or multi-polygons) packed into one array of positions,
/// for layers too large to hold as one Swift value or one GEOS geometry per feature: a
/// province's BAG building footprints.
///
/// Memory is 16 bytes per position plus 4 bytes per ring, per polygon and per feature, and
/// nothing else: no array header or allocation per ring. A feature becomes a GEOS geometry
/// only when it is needed (``GEOSSession/native(_:at:)``), so a computation can stream a
/// large layer through GEOS a few features at a time. Coordinates are in the units of the
/// layer (metres for RD New).
public struct PackedPolygons: Sendable, Hashable {
    /// Every position of every ring, feature after feature.
    public private(set) var positions: [XY] = []
    /// Start of ring `r` in `positions`; one more entry than rings (the end of the last).
    private var ringStarts: [UInt32] = [0]
    /// Start of polygon `p` in the rings; one more entry than polygons.
    private var polygonStarts: [UInt32] = [0]
    /// Start of feature `f` in the polygons; one more entry than features.
    private var featureStarts: [UInt32] = [0]

    /// An empty layer.
    public init() {}

    /// A layer holding `geometries`, each a polygon or multi-polygon.
    public init(_ geometries: [Geometry<XY>]) throws {
        for g in geometries { try append(g) }
    }

    /// The number of features.
    public var count: Int { featureStarts.count - 1 }

    /// Reserves room for `positions` positions and `features` features, so that loading a
    /// layer whose size is known roughly (e.g. from its file size) does not copy the arrays as
    /// they grow. Reserved memory that is never written is not touched, so an upper bound is fine.
    public mutating func reserveCapacity(positions: Int, features: Int) {
        self.positions.reserveCapacity(positions)
        ringStarts.reserveCapacity(features + 1)
        polygonStarts.reserveCapacity(features + 1)
        featureStarts.reserveCapacity(features + 1)
    }

    /// Appends a polygon or multi-polygon as one feature. Rings must be closed and have at
    /// least 4 positions, all finite; anything else throws and leaves the layer unchanged.
    public mutating func append(_ geometry: Geometry<XY>) throws {
        let polygons: [Polygon<XY>]
        switch geometry {
        case .polygon(let p): polygons = [p]
        case .multiPolygon(let m): polygons = m.polygons
        default:
            throw GeometryError(
                .invalidStructure, operation: "pack polygons",
                message: "expected a polygon or multi-polygon, got a \(geometry.typeName)")
        }
        for polygon in polygons {
            for ring in [polygon.exterior] + polygon.holes {
                guard ring.count >= 4, ring.first == ring.last else {
                    throw GeometryError(
                        .invalidStructure, operation: "pack polygons",
                        message: "a ring needs at least 4 positions and the same first and last position")
                }
                if let bad = ring.first(where: { !($0.x.isFinite && $0.y.isFinite) }) {
                    throw GeometryError(
                        .nonFinite, operation: "pack polygons", message: "position \(bad) is not finite")
                }
            }
        }
        guard
            positions.count + polygons.reduce(0, { $0 + $1.exterior.count + $1.holes.reduce(0) { $0 + $1.count } })
                < Int(UInt32.max)
        else {
            throw GeometryError(
                .invalidStructure, operation: "pack polygons", message: "more than 4,294,967,295 positions in one layer"
            )
        }
        for polygon in polygons {
            for ring in [polygon.exterior] + polygon.holes {
                positions.append(contentsOf: ring)
                ringStarts.append(UInt32(positions.count))
            }
            polygonStarts.append(UInt32(ringStarts.count - 1))
        }
        featureStarts.append(UInt32(polygonStarts.count - 1))
    }

    /// Appends every feature of `other`, in order (e.g. a layer loaded in chunks).
    public mutating func append(contentsOf other: PackedPolygons) throws {
        guard positions.count + other.positions.count < Int(UInt32.max) else {
            throw GeometryError(
                .invalidStructure, operation: "pack polygons", message: "more than 4,294,967,295 positions in one layer"
            )
        }
        let positionBase = UInt32(positions.count), ringBase = UInt32(ringStarts.count - 1),
            polygonBase = UInt32(polygonStarts.count - 1)
        positions.append(contentsOf: other.positions)
        ringStarts.append(contentsOf: other.ringStarts.dropFirst().lazy.map { $0 + positionBase })
        polygonStarts.append(contentsOf: other.polygonStarts.dropFirst().lazy.map { $0 + ringBase })
        featureStarts.append(contentsOf: other.featureStarts.dropFirst().lazy.map { $0 + polygonBase })
    }

    /// The polygons of feature `index`, as indices for ``ringRanges(of:)``.
    public func polygonRanges(of index: Int) -> Range<Int> {
        withUnsafeView { $0.polygonRanges(of: index) }
    }

    /// The rings of polygon `polygon` (exterior first, then holes), as indices for
    /// ``positionRange(ofRing:)``.
    public func ringRanges(of polygon: Int) -> Range<Int> {
        withUnsafeView { $0.ringRanges(of: polygon) }
    }

    /// The range of ``positions`` that ring `ring` occupies.
    public func positionRange(ofRing ring: Int) -> Range<Int> {
        withUnsafeView { $0.positionRange(ofRing: ring) }
    }

    /// The bounding box of feature `index`, computed from its positions (nil when empty).
    public func envelope(of index: Int) -> Envelope? {
        withUnsafeView { $0.envelope(of: index) }
    }

    /// Calls `body` with a view of the storage that reads without reference counting: the
    /// way for a loop over many features on several threads at once (the arrays' reference
    /// counts are shared, and touching them per feature from two cores costs more than the
    /// work). The view is valid only inside `body`.
    public func withUnsafeView<R>(_ body: (View) throws -> R) rethrows -> R {
        try positions.withUnsafeBufferPointer { positions in
            try ringStarts.withUnsafeBufferPointer { rings in
                try polygonStarts.withUnsafeBufferPointer { polygons in
                    try featureStarts.withUnsafeBufferPointer { features in
                        try body(
                            View(
                                positions: positions, ringStarts: rings, polygonStarts: polygons,
                                featureStarts: features))
                    }
                }
            }
        }
    }

    /// A read-only view of a ``PackedPolygons``'s storage; see ``withUnsafeView(_:)``.
    public struct View {
        let positions: UnsafeBufferPointer<XY>
        let ringStarts: UnsafeBufferPointer<UInt32>
        let polygonStarts: UnsafeBufferPointer<UInt32>
        let featureStarts: UnsafeBufferPointer<UInt32>

        /// The number of features.
        public var count: Int { featureStarts.count - 1 }

        /// See ``PackedPolygons/polygonRanges(of:)``.
        public func polygonRanges(of index: Int) -> Range<Int> {
            Int(featureStarts[index])..<Int(featureStarts[index + 1])
        }

        /// See ``PackedPolygons/ringRanges(of:)``.
        public func ringRanges(of polygon: Int) -> Range<Int> {
            Int(polygonStarts[polygon])..<Int(polygonStarts[polygon + 1])
        }

        /// See ``PackedPolygons/positionRange(ofRing:)``.
        public func positionRange(ofRing ring: Int) -> Range<Int> {
            Int(ringStarts[ring])..<Int(ringStarts[ring + 1])
        }

        /// The positions of ring `ring`.
        public func positions(ofRing ring: Int) -> UnsafeBufferPointer<XY> {
            UnsafeBufferPointer(rebasing: positions[positionRange(ofRing: ring)])
        }

        /// See ``PackedPolygons/envelope(of:)``.
        public func envelope(of index: Int) -> Envelope? {
            let polygons = polygonRanges(of: index)
            let range =
                Int(
                    ringStarts[Int(polygonStarts[polygons.lowerBound])])..<Int(
                    ringStarts[Int(polygonStarts[polygons.upperBound])])
            guard let first = range.first else { return nil }
            var box = Envelope(
                minX: positions[first].x, minY: positions[first].y, maxX: positions[first].x, maxY: positions[first].y)
            for i in range.dropFirst() { box = box.expanded(toInclude: positions[i].x, positions[i].y) }
            return box
        }
    }

    /// Feature `index` as a Swift value: a polygon, or a multi-polygon when it has several.
    public subscript(index: Int) -> Geometry<XY> {
        let polygons = polygonRanges(of: index).map { p in
            let rings = ringRanges(of: p).map { Array(positions[positionRange(ofRing: $0)]) }
            return Polygon(exterior: rings[0], holes: Array(rings.dropFirst()))
        }
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(MultiPolygon(polygons))
    }
}
