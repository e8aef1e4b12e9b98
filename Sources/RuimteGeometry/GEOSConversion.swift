import CGEOS

// Conversion between pure-Swift geometries and GEOS geometries, in bulk: each run of
// positions crosses the boundary with one `GEOSCoordSeq_copyFromBuffer_r` /
// `GEOSCoordSeq_copyToBuffer_r` call. Any handle made on the way is destroyed again if a
// later step fails, so a failed conversion leaks nothing.

extension GEOSSession {
    /// A native copy of `geometry` in this session.
    public func native(_ geometry: Geometry<XY>) throws -> NativeGeometry {
        NativeGeometry(owning: try makeRaw(geometry), in: self)
    }

    /// Feature `index` of a packed layer as a native geometry of this session, copied
    /// straight from the layer's positions: a polygon, or a multi-polygon when the feature
    /// has several.
    public func native(_ layer: PackedPolygons, at index: Int) throws -> NativeGeometry {
        try layer.withUnsafeView { try native($0, at: index) }
    }

    /// The same through a view of the layer's storage, for loops over many features that
    /// should not touch the arrays' reference counts (shared by all threads) per feature.
    public func native(_ layer: PackedPolygons.View, at index: Int) throws -> NativeGeometry {
        func polygon(_ p: Int) throws -> OpaquePointer {
            let rings = layer.ringRanges(of: p)
            return try self.polygon(rings: rings.count) { try ring(layer.positions(ofRing: rings.lowerBound + $0)) }
        }
        let polygons = layer.polygonRanges(of: index)
        let pointer =
            polygons.count == 1
            ? try polygon(polygons.lowerBound)
            : try collection(GEOS_MULTIPOLYGON, polygons.map { p in { try polygon(p) } })
        return NativeGeometry(owning: pointer, in: self)
    }

    /// The pure-Swift value of a native geometry.
    public func value(of geometry: NativeGeometry) throws -> Geometry<XY> {
        try readRaw(geometry.pointer)
    }

    // MARK: Swift -> GEOS

    private func coordinateSequence(_ coordinates: UnsafeBufferPointer<XY>) throws -> OpaquePointer {
        for c in coordinates where !(c.x.isFinite && c.y.isFinite) {
            throw GeometryError(.nonFinite, operation: "build geometry", message: "position \(c) is not finite")
        }
        resetError()
        let sequence: OpaquePointer?
        if MemoryLayout<XY>.stride == 2 * MemoryLayout<Double>.stride
            && MemoryLayout<XY>.offset(of: \XY.y) == MemoryLayout<Double>.stride
        {
            // XY is two Doubles, x then y: GEOS copies straight from the array's storage.
            sequence = GEOSCoordSeq_copyFromBuffer_r(
                handle, UnsafeRawPointer(coordinates.baseAddress)?.assumingMemoryBound(to: Double.self),
                UInt32(coordinates.count), 0, 0)
        } else {
            let buffer = coordinates.flatMap { [$0.x, $0.y] }
            sequence = buffer.withUnsafeBufferPointer {
                GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32(coordinates.count), 0, 0)
            }
        }
        guard let sequence else { throw error("copy coordinates") }
        return sequence
    }

    private func lineString(_ coordinates: [XY]) throws -> OpaquePointer {
        if coordinates.isEmpty { return try created("empty line string") { GEOSGeom_createEmptyLineString_r($0) } }
        guard coordinates.count >= 2 else {
            throw GeometryError(
                .invalidStructure, operation: "build line string",
                message: "a line string needs at least 2 positions, got \(coordinates.count)")
        }
        let sequence = try coordinates.withUnsafeBufferPointer(coordinateSequence)
        return try created("line string") { GEOSGeom_createLineString_r($0, sequence) }
    }

    private func ring(_ coordinates: UnsafeBufferPointer<XY>) throws -> OpaquePointer {
        guard coordinates.count >= 4 else {
            throw GeometryError(
                .invalidStructure, operation: "build ring",
                message: "a ring needs at least 4 positions, got \(coordinates.count)")
        }
        guard coordinates.first == coordinates.last else {
            throw GeometryError(
                .invalidStructure, operation: "build ring",
                message:
                    "ring is not closed: first position \(coordinates[0]) differs from last "
                    + "\(coordinates[coordinates.count - 1])"
            )
        }
        let sequence = try coordinateSequence(coordinates)
        return try created("linear ring") { GEOSGeom_createLinearRing_r($0, sequence) }
    }

    private func polygon(_ polygon: Polygon<XY>) throws -> OpaquePointer {
        if polygon.exterior.isEmpty { return try created("empty polygon") { GEOSGeom_createEmptyPolygon_r($0) } }
        return try self.polygon(rings: 1 + polygon.holes.count) { r in
            try (r == 0 ? polygon.exterior : polygon.holes[r - 1]).withUnsafeBufferPointer { try ring($0) }
        }
    }

    /// A polygon from `rings` rings, ring 0 the exterior, each made by `ring`; no array is
    /// allocated for a polygon without holes.
    private func polygon(rings: Int, _ ring: (Int) throws -> OpaquePointer) throws -> OpaquePointer {
        let shell = try ring(0)
        if rings == 1 {
            // The common case: no holes array to allocate. GEOS owns the shell from here on.
            return try created("polygon") { GEOSGeom_createPolygon_r($0, shell, nil, 0) }
        }
        var holes: [OpaquePointer?] = []
        do {
            for r in 1..<rings { holes.append(try ring(r)) }
        } catch {
            GEOSGeom_destroy_r(handle, shell)
            for hole in holes { GEOSGeom_destroy_r(handle, hole) }
            throw error
        }
        // GEOS takes ownership of shell and holes, also when it fails.
        return try created("polygon") { h in
            holes.withUnsafeMutableBufferPointer {
                GEOSGeom_createPolygon_r(h, shell, $0.baseAddress, UInt32($0.count))
            }
        }
    }

    private func collection(_ type: GEOSGeomTypes, _ members: [() throws -> OpaquePointer]) throws -> OpaquePointer {
        var parts: [OpaquePointer?] = []
        do {
            for member in members { parts.append(try member()) }
        } catch {
            for part in parts { GEOSGeom_destroy_r(handle, part) }
            throw error
        }
        return try created("collection") { h in
            parts.withUnsafeMutableBufferPointer {
                GEOSGeom_createCollection_r(h, Int32(type.rawValue), $0.baseAddress, UInt32($0.count))
            }
        }
    }

    private func created(_ what: String, _ call: (OpaquePointer) -> OpaquePointer?) throws -> OpaquePointer {
        resetError()
        guard let pointer = call(handle) else { throw error("build \(what)") }
        return pointer
    }

    func makeRaw(_ geometry: Geometry<XY>) throws -> OpaquePointer {
        switch geometry {
        case .point(let p):
            guard p.coordinate.x.isFinite, p.coordinate.y.isFinite else {
                throw GeometryError(
                    .nonFinite, operation: "build point", message: "position \(p.coordinate) is not finite")
            }
            return try created("point") { GEOSGeom_createPointFromXY_r($0, p.coordinate.x, p.coordinate.y) }
        case .lineString(let l):
            return try lineString(l.coordinates)
        case .polygon(let p):
            return try polygon(p)
        case .multiPoint(let m):
            return try collection(GEOS_MULTIPOINT, m.points.map { p in { try self.makeRaw(.point(p)) } })
        case .multiLineString(let m):
            return try collection(
                GEOS_MULTILINESTRING, m.lineStrings.map { l in { try self.lineString(l.coordinates) } })
        case .multiPolygon(let m):
            return try collection(GEOS_MULTIPOLYGON, m.polygons.map { p in { try self.polygon(p) } })
        case .collection(let c):
            return try collection(GEOS_GEOMETRYCOLLECTION, c.geometries.map { g in { try self.makeRaw(g) } })
        }
    }

    // MARK: GEOS -> Swift

    private func coordinates(of geometry: OpaquePointer) throws -> [XY] {
        resetError()
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, geometry) else { throw error("read coordinates") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) == 1 else { throw error("read coordinates") }
        var buffer = [Double](repeating: 0, count: Int(size) * 2)
        let ok = buffer.withUnsafeMutableBufferPointer {
            GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0)
        }
        guard ok == 1 else { throw error("read coordinates") }
        return (0..<Int(size)).map { XY(x: buffer[2 * $0], y: buffer[2 * $0 + 1]) }
    }

    private func readPolygon(_ geometry: OpaquePointer) throws -> Polygon<XY> {
        if GEOSisEmpty_r(handle, geometry) == 1 { return Polygon(exterior: []) }
        guard let shell = GEOSGetExteriorRing_r(handle, geometry) else { throw error("read polygon") }
        let holeCount = GEOSGetNumInteriorRings_r(handle, geometry)
        guard holeCount >= 0 else { throw error("read polygon") }
        var holes: [[XY]] = []
        for i in 0..<holeCount {
            guard let hole = GEOSGetInteriorRingN_r(handle, geometry, i) else { throw error("read polygon") }
            holes.append(try coordinates(of: hole))
        }
        return Polygon(exterior: try coordinates(of: shell), holes: holes)
    }

    private func members(of geometry: OpaquePointer) throws -> [OpaquePointer] {
        let n = GEOSGetNumGeometries_r(handle, geometry)
        guard n >= 0 else { throw error("read collection") }
        return try (0..<n).map { i in
            guard let member = GEOSGetGeometryN_r(handle, geometry, i) else { throw error("read collection") }
            return member
        }
    }

    func readRaw(_ geometry: OpaquePointer) throws -> Geometry<XY> {
        let type = GEOSGeomTypeId_r(handle, geometry)
        switch type {
        case Int32(GEOS_POINT.rawValue):
            guard let c = try coordinates(of: geometry).first else { return .empty }
            return .point(Point(c))
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return .lineString(LineString(try coordinates(of: geometry)))
        case Int32(GEOS_POLYGON.rawValue):
            return .polygon(try readPolygon(geometry))
        case Int32(GEOS_MULTIPOINT.rawValue):
            // Empty members of a multi-point carry no position and are dropped.
            return .multiPoint(
                MultiPoint(try members(of: geometry).compactMap { try coordinates(of: $0).first.map { Point($0) } }))
        case Int32(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(
                MultiLineString(try members(of: geometry).map { LineString(try coordinates(of: $0)) }))
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(MultiPolygon(try members(of: geometry).map(readPolygon)))
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .collection(GeometryCollection(try members(of: geometry).map(readRaw)))
        default:
            throw error("read geometry type \(type)")
        }
    }
}
