import Foundation
import RuimteDomain
import RuimteGeometry
import RuimteTestSupport

/// The bundled Leiden catalogue, loaded once per use.
func leiden() throws -> SiteCatalogue { try SiteCatalogue.bundled(in: TestFiles.geodataDirectory) }

/// A WGS84 point from the research facts, converted to RD New with PROJ.
func rdPoint(lat: Double, lon: Double) throws -> Geometry<XY> {
    try CoordinateTransformer<LonLat, XY>.wgs84ToRDNew().forward(.point(Point(lon: lon, lat: lat)))
}

/// A one-feature GeoJSON FeatureCollection around Leiden with the given properties and ring.
func featureCollection(
    properties: String, ring: String = "[[4.47,52.15],[4.48,52.15],[4.48,52.16],[4.47,52.16],[4.47,52.15]]",
    type: String = "Polygon", extra: String = ""
) -> String {
    let coordinates = type == "Polygon" ? "[\(ring)]" : ring
    return """
        {"type":"FeatureCollection",\(extra)"features":[{"type":"Feature","properties":{\(properties)},
         "geometry":{"type":"\(type)","coordinates":\(coordinates)}}]}
        """
}
