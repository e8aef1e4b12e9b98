import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// An SVG map of the three layers in RD New: outlines with names, the richtafstand
/// contours of the milieuzones, and the segments of every zoning check that is not a
/// clear "no conflict", with a scale bar and a north arrow. No external tiles: it works
/// offline. Coordinates are written with 1 decimal, so the same input gives the same bytes.
public struct SVGMap {
    /// Fill and stroke colours per layer; tests look for them in rendered pixels.
    public enum Style {
        public static let park = "#e07b00"
        public static let centre = "#1f5fbf"
        public static let housing = "#2e9e44"
        public static let contour = "#7a3fa0"
        public static let conflict = "#d00000"
        public static let allowed = "#7fc97f"
        public static let undetermined = "#bdbdbd"
    }

    /// The analysis to draw.
    public let analysis: SpatialAnalysis
    /// The omgevingstype for the contours and checks.
    public let areaType: AreaType
    /// Width of the drawing in pixels.
    public var width: Double = 1200
    /// When set, where this milieucategorie may still go in every zone is drawn: allowed in
    /// green, undetermined (the accuracy band) in grey.
    public var headroomCategory: Milieucategorie?

    /// Creates a map writer.
    public init(analysis: SpatialAnalysis, areaType: AreaType) {
        self.analysis = analysis
        self.areaType = areaType
    }

    /// The SVG document.
    public func render() throws -> String {
        let catalogue = analysis.catalogue
        let contours = try analysis.zoningContours(areaType: areaType)
        let checks = try analysis.zoning(areaType: areaType).checks.filter { $0.verdict != .noConflict }
        var bounds: Envelope?
        for record in catalogue.allRecords { if let e = record.geometry.envelope { bounds = bounds?.union(e) ?? e } }
        for c in contours { if let e = c.contour.envelope { bounds = bounds?.union(e) ?? e } }
        guard let world = bounds?.expanded(by: 250) else { return emptyMap() }
        let scale = width / world.width
        let height = (world.height * scale).rounded(.up)
        func x(_ v: Double) -> String { FixedDecimal.format((v - world.minX) * scale, 1) }
        func y(_ v: Double) -> String { FixedDecimal.format((world.maxY - v) * scale, 1) }
        func path(_ geometry: Geometry<XY>) -> String {
            var d = ""
            geometry.forEachCoordinateArray { ring in
                for (i, c) in ring.enumerated() { d += (i == 0 ? "M" : "L") + x(c.x) + " " + y(c.y) + " " }
                d += "Z "
            }
            return String(d.dropLast())
        }
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(FixedDecimal.format(width, 0))" height="\(FixedDecimal.format(height, 0))" \
        viewBox="0 0 \(FixedDecimal.format(width, 0)) \(FixedDecimal.format(height, 0))" font-family="sans-serif">
        <title>Ruimte: Leiden sites in RD New (EPSG:28992)</title>
        <rect width="100%" height="100%" fill="#ffffff"/>

        """
        svg += try headroomLayer(path)
        svg += "<g id=\"contours\" fill=\"none\" stroke=\"\(Style.contour)\" stroke-width=\"2\" stroke-dasharray=\"8 5\">\n"
        for c in contours {
            svg += "<path d=\"\(path(c.contour))\"><title>\(xml(c.zone.id)): richtafstand \(FixedDecimal.format(c.distance, 0)) m (\(areaType.rawValue))</title></path>\n"
        }
        svg += "</g>\n"
        for (layer, colour) in [(SiteLayer.parks, Style.park), (.housing, Style.housing), (.centres, Style.centre)] {
            svg += "<g id=\"\(layer.rawValue)\" fill=\"\(colour)\" fill-opacity=\"0.55\" stroke=\"\(colour)\" stroke-width=\"2\">\n"
            for r in catalogue.records(layer) {
                svg += "<path fill-rule=\"evenodd\" d=\"\(path(r.geometry))\"><title>\(xml(r.name)) (\(r.layer.kind), accuracy \(FixedDecimal.format(r.accuracy, 0)) m)</title></path>\n"
            }
            svg += "</g>\n"
        }
        svg += "<g id=\"conflicts\" stroke=\"\(Style.conflict)\" stroke-width=\"4\" stroke-linecap=\"round\">\n"
        for c in checks {
            svg += "<line x1=\"\(x(c.nearestPoints.0.x))\" y1=\"\(y(c.nearestPoints.0.y))\" x2=\"\(x(c.nearestPoints.1.x))\" y2=\"\(y(c.nearestPoints.1.y))\">"
            svg += "<title>\(xml(c.zoneID)) - \(xml(c.housing.id)): \(FixedDecimal.format(c.actual, 1)) m of \(FixedDecimal.format(c.required, 0)) m, \(c.verdict.rawValue)</title></line>\n"
            svg += "<circle cx=\"\(x(c.nearestPoints.1.x))\" cy=\"\(y(c.nearestPoints.1.y))\" r=\"6\" fill=\"\(Style.conflict)\"/>\n"
        }
        svg += "</g>\n<g id=\"labels\" font-size=\"14\" fill=\"#222222\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">\n"
        let measures = try catalogue.measures()
        for r in catalogue.allRecords {
            guard let p = measures[SiteRef(r)]?.labelPoint else { continue }
            svg += "<text x=\"\(x(p.x))\" y=\"\(y(p.y))\">\(xml(r.name))</text>\n"
        }
        svg += "</g>\n"
        // Scale bar: the largest round length up to a fifth of the map width.
        let barMetres = [100.0, 200, 500, 1000, 2000, 5000].last { $0 * scale <= width / 5 } ?? 100
        let barPixels = barMetres * scale
        svg += """
        <g id="scale" font-size="14" fill="#222222">
        <rect x="20" y="\(FixedDecimal.format(height - 30, 1))" width="\(FixedDecimal.format(barPixels, 1))" height="8" fill="#222222"/>
        <text x="20" y="\(FixedDecimal.format(height - 38, 1))">\(FixedDecimal.format(barMetres, 0)) m</text>
        </g>
        <g id="north" transform="translate(\(FixedDecimal.format(width - 40, 1)) 60)">
        <path d="M0 -40 L12 0 L0 -10 L-12 0 Z" fill="#222222"/>
        <text x="0" y="20" font-size="16" text-anchor="middle" fill="#222222">N</text>
        </g>
        <g id="legend" font-size="14" fill="#222222" transform="translate(20 20)">
        <rect width="16" height="12" fill="\(Style.park)"/><text x="22" y="11">bedrijventerrein</text>
        <rect y="20" width="16" height="12" fill="\(Style.housing)"/><text x="22" y="31">woningbouwlocatie</text>
        <rect y="40" width="16" height="12" fill="\(Style.centre)"/><text x="22" y="51">wijkwinkelcentrum</text>
        <line x1="0" y1="66" x2="16" y2="66" stroke="\(Style.contour)" stroke-width="2" stroke-dasharray="4 3"/><text x="22" y="71">richtafstand (\(areaType.rawValue), indicative)</text>
        <line x1="0" y1="86" x2="16" y2="86" stroke="\(Style.conflict)" stroke-width="4"/><text x="22" y="91">conflict or undetermined</text>
        </g>
        </svg>

        """
        return svg
    }

    /// The headroom of ``headroomCategory`` per zone, with its legend entry; empty when unset.
    private func headroomLayer(_ path: (Geometry<XY>) -> String) throws -> String {
        guard let category = headroomCategory else { return "" }
        var svg = "<g id=\"headroom\" stroke=\"none\" fill-rule=\"evenodd\">\n"
        for h in try analysis.zoneHeadroom(areaType: areaType, categories: [category]) {
            for (colour, geometry, word) in [(Style.allowed, h.parts.allowed, "allowed"), (Style.undetermined, h.parts.undetermined, "undetermined")]
            where !geometry.isEmpty {
                svg += "<path fill=\"\(colour)\" fill-opacity=\"0.6\" d=\"\(path(geometry))\"><title>\(xml(h.zoneID)): category \(category.rawValue) \(word)</title></path>\n"
            }
        }
        svg += "</g>\n<g id=\"headroom-legend\" font-size=\"14\" fill=\"#222222\" transform=\"translate(20 120)\">\n"
        svg += "<rect width=\"16\" height=\"12\" fill=\"\(Style.allowed)\"/><text x=\"22\" y=\"11\">category \(category.rawValue) allowed</text>\n"
        svg += "<rect y=\"20\" width=\"16\" height=\"12\" fill=\"\(Style.undetermined)\"/><text x=\"22\" y=\"31\">undetermined at this accuracy</text>\n</g>\n"
        return svg
    }

    private func emptyMap() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"100\"><text x=\"10\" y=\"50\">no sites loaded</text></svg>\n"
    }

    private func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
