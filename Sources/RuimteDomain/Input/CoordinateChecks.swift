import RuimteFormats
import RuimteGeometry

/// The coordinate checks of ``FeatureChecker``: which CRS a layer is in, how its coordinates
/// become RD New, and whether they lie inside the Netherlands, with the hints that name the
/// usual mistakes (swapped axes, RD New read as degrees and back).
extension FeatureChecker {
    /// Takes the CRS the layer declares into account; `--crs` applies only when it declares none.
    mutating func header(_ header: LayerHeader) {
        if let unreadable = header.unreadableCRS, crs == .auto {
            problem(nil, "declares \(unreadable), which Ruimte cannot read; pass --crs EPSG:nnnn to say which CRS the coordinates are in")
            frame = .unusable
            return
        }
        switch crs.resolve(header.crs) {
        case nil, .crs84?, .epsg(4326)?: frame = .wgs84
        case .epsg(28992)?: frame = .rdNew
        case .epsg(let code)?: frame = otherFrame("EPSG:\(code)", name: "EPSG:\(code)")
        case .definition(let definition, let name)?: frame = otherFrame(definition, name: name)
        }
    }

    mutating func otherFrame(_ definition: String, name: String) -> Frame {
        do {
            return .other(try CoordinateTransformer<XY, XY>(from: definition, to: "EPSG:28992"), name: name)
        } catch {
            problem(nil, "its CRS \(name) cannot be transformed to RD New (EPSG:28992): \((error as? GeometryError)?.message ?? "\(error)")")
            return .unusable
        }
    }

    /// The geometry in RD New, or nil with a problem when its coordinates do not fit the
    /// layer's CRS or lie outside the Netherlands.
    mutating func inRDNew(_ raw: Geometry<XY>, label: IDLabel) throws -> Geometry<XY>? {
        guard let env = raw.envelope else {
            problem(label, "geometry is empty")
            return nil
        }
        switch frame {
        case .unusable:
            return nil
        case .other(let transformer, let name):
            let rd = try transformer.forward(raw)
            guard let rdEnv = rd.envelope, Self.rdBounds.contains(rdEnv) else {
                problem(label, "coordinates (\(corner(env)) in \(name)) lie outside the Netherlands")
                return nil
            }
            return rd
        case .rdNew:
            if Self.wgs84Bounds.contains(env) {
                problem(label, "coordinates look like WGS84 degrees (\(corner(env))) but the file is read as RD New (EPSG:28992); remove the crs member or pass --crs EPSG:4326")
                return nil
            }
            guard Self.rdBounds.contains(env) else {
                problem(label, "RD New coordinates (\(corner(env))) lie outside the Netherlands")
                return nil
            }
            return raw
        case .wgs84:
            break
        }
        if !Self.wgs84Bounds.contains(env) {
            let swapped = Envelope(minX: env.minY, minY: env.minX, maxX: env.maxY, maxY: env.maxX)
            if Self.wgs84Bounds.contains(swapped) {
                problem(label, "latitude and longitude appear swapped (\(corner(env))): GeoJSON positions are [longitude, latitude]")
            } else if Self.rdBounds.contains(env) {
                problem(label, "coordinates look like RD New metres (\(corner(env))) in a file read as WGS84; add a crs member naming EPSG:28992 or pass --crs EPSG:28992")
            } else {
                problem(label, "coordinates (\(corner(env))) lie outside the Netherlands")
            }
            return nil
        }
        return try transformer.forward(raw.mapCoordinateArrays { $0.map { LonLat(lon: $0.x, lat: $0.y) } })
    }

    /// The first ring (polygon index, ring index; ring 0 is the exterior) whose shoelace area is 0.
    static func zeroAreaRing(_ geometry: Geometry<XY>) -> (Int, Int)? {
        for (p, polygon) in geometry.polygons.enumerated() {
            for (r, ring) in ([polygon.exterior] + polygon.holes).enumerated() {
                var twice = 0.0
                for (a, b) in zip(ring, ring.dropFirst()) { twice += (a.x - ring[0].x) * (b.y - ring[0].y) - (b.x - ring[0].x) * (a.y - ring[0].y) }
                if twice == 0 { return (p, r) }
            }
        }
        return nil
    }

    func corner(_ env: Envelope) -> String {
        "first corner \(FixedDecimal.format(env.minX, 4, trimZeros: true)), \(FixedDecimal.format(env.minY, 4, trimZeros: true))"
    }
}
