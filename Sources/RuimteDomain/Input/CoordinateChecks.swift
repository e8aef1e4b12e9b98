import RuimteFormats
import RuimteGeometry

/// The coordinate checks of ``FeatureChecker``: which CRS a layer is in, how its coordinates
/// become RD New, and whether they lie inside the Netherlands, with the hints that name the
/// usual mistakes (swapped axes, RD New read as degrees and back).
extension FeatureChecker {
    /// Takes the CRS the layer declares into account; `--crs` applies only when it declares none.
    mutating func header(_ header: LayerHeader) {
        if let unreadable = header.unreadableCRS, crs == .auto {
            problem(
                nil,
                "declares \(unreadable), which Ruimte cannot read; pass --crs EPSG:nnnn to say which CRS the "
                    + "coordinates are in"
            )
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
            return .other(try CoordinateTransformer<Stored, XY>(from: definition, to: "EPSG:28992"), name: name)
        } catch {
            problem(
                nil,
                "its CRS \(name) cannot be transformed to RD New (EPSG:28992): "
                    + "\((error as? GeometryError)?.message ?? "\(error)")"
            )
            return .unusable
        }
    }

    /// The geometry in RD New, or nil with a problem when its coordinates do not fit the
    /// layer's CRS or lie outside the Netherlands: the one place where stored ordinates become
    /// RD New metres (as they are, through PROJ, or read as WGS84 longitude and latitude).
    mutating func inRDNew(_ raw: Geometry<Stored>, label: IDLabel) throws -> Geometry<XY>? {
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
                problem(
                    label,
                    "coordinates look like WGS84 degrees (\(corner(env))) but the file is read as RD New "
                        + "(EPSG:28992); remove the crs member or pass --crs EPSG:4326"
                )
                return nil
            }
            guard Self.rdBounds.contains(env) else {
                problem(label, "RD New coordinates (\(corner(env))) lie outside the Netherlands")
                return nil
            }
            return raw.mapCoordinateArrays { $0.map { XY(x: $0.first, y: $0.second) } }
        case .wgs84:
            break
        }
        if !Self.wgs84Bounds.contains(env) {
            let swapped = Envelope(minX: env.minY, minY: env.minX, maxX: env.maxY, maxY: env.maxX)
            if Self.wgs84Bounds.contains(swapped) {
                problem(
                    label,
                    "latitude and longitude appear swapped (\(corner(env))): GeoJSON positions are [longitude, "
                        + "latitude]"
                )
            } else if Self.rdBounds.contains(env) {
                problem(
                    label,
                    "coordinates look like RD New metres (\(corner(env))) in a file read as WGS84; add a crs member "
                        + "naming EPSG:28992 or pass --crs EPSG:28992"
                )
            } else {
                problem(label, "coordinates (\(corner(env))) lie outside the Netherlands")
            }
            return nil
        }
        return try transformer.forward(raw.mapCoordinateArrays { $0.map { LonLat(lon: $0.first, lat: $0.second) } })
    }

    /// The first ring (polygon index, ring index; ring 0 is the exterior) whose shoelace area is 0.
    static func zeroAreaRing(_ geometry: Geometry<Stored>) -> (Int, Int)? {
        for (p, polygon) in geometry.polygons.enumerated() {
            for (r, ring) in ([polygon.exterior] + polygon.holes).enumerated() {
                var twice = 0.0
                for (a, b) in zip(ring, ring.dropFirst()) {
                    let (x0, y0) = (ring[0].first, ring[0].second)
                    twice += (a.first - x0) * (b.second - y0) - (b.first - x0) * (a.second - y0)
                }
                if twice == 0 { return (p, r) }
            }
        }
        return nil
    }

    func corner(_ env: Envelope) -> String {
        "first corner \(FixedDecimal.format(env.minX, 4, trimZeros: true)), "
            + "\(FixedDecimal.format(env.minY, 4, trimZeros: true))"
    }
}
