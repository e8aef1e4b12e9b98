import RuimteGeometry

/// A layer of features from a file or a database, read one feature at a time: the seam
/// between file formats (GeoJSON here, anything GDAL reads) and the domain's checks.
///
/// A source knows its format and nothing of what a layer means: it yields each feature's
/// id candidates, properties as neutral ``JSONValue``s and geometry in the layer's own
/// coordinates, and says which CRS the layer declares. Checking ids, CRS, bounds and
/// validity is the domain's (`FeatureChecker`), the same for every format.
public protocol FeatureSource {
    /// The file or connection as the user named it, for messages.
    var name: String { get }

    /// Streams the layer: `header` once, before any feature, then `feature` for every
    /// feature in source order. Throws a ``SourceError`` when the layer cannot be read at all.
    func read(header: (LayerHeader) -> Void, feature: (SourceFeature) -> Void) throws(SourceError)
}

/// What a layer says about itself before its features.
public struct LayerHeader: Sendable, Hashable {
    /// The CRS the layer declares, nil when it declares none (RFC 7946 GeoJSON).
    public var crs: DeclaredCRS?
    /// A declaration the source found but could not understand, for a clear error.
    public var unreadableCRS: String?
    /// The attribute fields every feature has, when the format fixes them per layer (GDAL);
    /// nil when each feature has its own (GeoJSON).
    public var fields: [String]?

    /// Creates a header.
    public init(crs: DeclaredCRS? = nil, unreadableCRS: String? = nil, fields: [String]? = nil) {
        self.crs = crs
        self.unreadableCRS = unreadableCRS
        self.fields = fields
    }
}

/// A coordinate reference system as a layer declares it.
public enum DeclaredCRS: Sendable, Hashable {
    /// An EPSG code, e.g. 28992 (RD New) or 4326 (WGS84).
    case epsg(Int)
    /// OGC CRS84: WGS84 with longitude first (RFC 7946's only CRS).
    case crs84
    /// Any other definition PROJ reads (WKT2, PROJJSON, a PROJ string), with a short name.
    case definition(String, name: String)
}

/// One feature as its source holds it.
public struct SourceFeature: Sendable {
    /// Position in the layer, from 0.
    public var index: Int
    /// The format's own feature id (GeoJSON `id`, a GDAL FID), nil when it has none.
    public var featureID: JSONValue?
    /// An id to use only when the feature has no other: a GeoPackage's or Shapefile's FID
    /// (ogr2ogr puts a GeoJSON's integer ids there).
    public var fallbackID: JSONValue?
    /// The attributes, by name as the source spells them.
    public var properties: [String: JSONValue]
    /// The geometry in the layer's own coordinates (first and second ordinate as stored).
    public var geometry: SourceGeometry
    /// What is wrong with the feature as a whole (e.g. not a GeoJSON Feature), nil when fine.
    public var problem: String?

    /// Creates a feature.
    public init(
        index: Int, featureID: JSONValue?, properties: [String: JSONValue], geometry: SourceGeometry,
        problem: String? = nil, fallbackID: JSONValue? = nil
    ) {
        self.index = index
        self.featureID = featureID
        self.fallbackID = fallbackID
        self.properties = properties
        self.geometry = geometry
        self.problem = problem
    }
}

/// A feature's geometry as read, before any check.
public enum SourceGeometry: Sendable {
    /// No geometry (absent or null).
    case missing
    /// Read; ordinates as stored (longitude first for geographic layers).
    case read(Geometry<Stored>)
    /// Present but unreadable: its stated type and what is wrong.
    case unreadable(type: String, message: String)
}

/// Why a source could not be read or written.
public struct SourceError: ReportedError, Sendable, CustomStringConvertible {
    /// What the failure means: ``ExitStatus/noInput`` (missing, a directory, unreadable),
    /// ``ExitStatus/badData`` (read, but not a layer of the expected format),
    /// ``ExitStatus/unavailable`` (GDAL cannot be loaded), ``ExitStatus/cannotCreate`` (an
    /// output that cannot be written).
    public var exitStatus: ExitStatus
    /// The input or output as the user named it.
    public var source: String
    /// What is wrong and, where possible, what to do.
    public var message: String

    /// Creates a source error.
    public init(_ status: ExitStatus, source: String, message: String) {
        self.exitStatus = status
        self.source = source
        self.message = message
    }

    public var lines: [String] { [description] }
    public var description: String { "\(source): \(message)" }
}
