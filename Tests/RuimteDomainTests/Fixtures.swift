import Foundation
import RuimteDomain
import RuimteGeometry

/// The repository's geodata directory, found from this source file's location.
let geodataDirectory: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("geodata").path
}()

/// The bundled Leiden catalogue, loaded once per use.
func leiden() throws -> SiteCatalogue { try SiteCatalogue.bundled(in: geodataDirectory) }

/// A fresh temporary directory for bad-input files.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ruimte-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to `name` in a temporary directory and returns the path.
func writeTemporary(_ name: String, _ text: String) throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: false, encoding: .utf8) // Foundation on Linux leaves a TemporaryDirectory.* behind for atomic writes
    return url.path
}

/// A WGS84 point from the research facts, converted to RD New with PROJ.
func rdPoint(lat: Double, lon: Double) throws -> Geometry<XY> {
    try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew().forward(.point(Point(lon: lon, lat: lat)))
}

/// A rectangle polygon in RD New metres.
func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Geometry<XY> {
    .polygon(.rectangle(minX: x0, minY: y0, maxX: x1, maxY: y1))
}

/// A one-feature GeoJSON FeatureCollection around Leiden with the given properties and ring.
func featureCollection(properties: String, ring: String = "[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.16],[4.47,52.15]]",
                       type: String = "Polygon", extra: String = "") -> String {
    let coordinates = type == "Polygon" ? "[\(ring)]" : ring
    return """
    {"type":"FeatureCollection",\(extra)"features":[{"type":"Feature","properties":{\(properties)},
     "geometry":{"type":"\(type)","coordinates":\(coordinates)}}]}
    """
}
