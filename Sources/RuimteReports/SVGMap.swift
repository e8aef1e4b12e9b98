import RuimteDomain
import RuimteFormats
import RuimteGeometry

/// A map for a council memo, in RD New: a title with the date, the parks filled by their
/// traffic-light signal, housing sites and shopping centres in colours of their own, the
/// richtafstand contours, conflicts (solid red, filled dot) and undetermined checks (dashed
/// grey, open dot) as different symbols, labels placed without overlap (with leader lines where
/// moved), a legend that says what every colour means, a scale bar, a north arrow, and the
/// data sources with their accuracy. No external tiles: it works offline. Coordinates are
/// written with 1 decimal, so the same input (and date) gives the same bytes.
public struct SVGMap {

    /// The analysis to draw.
    public let analysis: SpatialAnalysis
    /// The omgevingstype for the contours and checks.
    public let areaType: AreaType
    /// Width of the drawing in pixels.
    public var width: Double = 1200
    /// When set, where this milieucategorie may still go in every zone is drawn: allowed in
    /// green, undetermined (the accuracy band) in grey.
    public var headroomCategory: Milieucategorie?
    /// The date under the title (`YYYY-MM-DD`); none when nil.
    public var date: String?
    /// The title.
    public var title: Phrase = Label.mapTitle()
    /// The scenario variant the map shows, named after the title; nil for the plan as loaded.
    public var variant: String?
    /// Context layers drawn underneath everything (water, rail, a municipal boundary), each
    /// with the name its legend entry shows: polygons in light blue-grey, lines in grey, points
    /// as small grey dots. They do not widen the map.
    public var contextLayers: [(name: String, geometries: [Geometry<XY>])] = []
    /// The language of the title, legend and sources line.
    public var language = Language.en
    /// Constraint layers (geluid, externe veiligheid, geur, ...): hard ones hatched, soft ones
    /// outlined; they widen the map like the sites.
    public var constraints: [Constraint] = []

    /// Creates a map writer.
    public init(analysis: SpatialAnalysis, areaType: AreaType) {
        self.analysis = analysis
        self.areaType = areaType
    }

    /// Pixels from RD New metres: the map's frame.
    struct Frame {
        var world: Envelope, scale: Double, top: Double
        func x(_ v: Double) -> String { FixedDecimal.format(px(v), 1) }
        func y(_ v: Double) -> String { FixedDecimal.format(py(v), 1) }
        func px(_ v: Double) -> Double { (v - world.minX) * scale }
        func py(_ v: Double) -> Double { top + (world.maxY - v) * scale }
        /// SVG path data: rings closed, lines open.
        func path(_ geometry: Geometry<XY>) -> String {
            var d = ""
            let close = geometry.isPolygonal
            geometry.forEachCoordinateArray { ring in
                for (i, c) in ring.enumerated() { d += (i == 0 ? "M" : "L") + x(c.x) + " " + y(c.y) + " " }
                if close { d += "Z " }
            }
            return String(d.dropLast())
        }
    }

    static let titleHeight = 64.0, footerHeight = 56.0

    /// The SVG document.
    public func render() throws -> String {
        let catalogue = analysis.catalogue
        let contours = try analysis.zoningContours(areaType: areaType)
        var bounds: Envelope?
        for record in catalogue.allRecords { if let e = record.geometry.envelope { bounds = bounds?.union(e) ?? e } }
        for c in contours { if let e = c.contour.envelope { bounds = bounds?.union(e) ?? e } }
        for c in constraints { if let e = c.geometry.envelope { bounds = bounds?.union(e) ?? e } }
        guard let world = bounds?.expanded(by: 250) else { return emptyMap() }
        let frame = Frame(world: world, scale: width / world.width, top: Self.titleHeight)
        let mapHeight = (world.height * frame.scale).rounded(.up),
            height = mapHeight + Self.titleHeight + Self.footerHeight
        let w = FixedDecimal.format(width, 0), h = FixedDecimal.format(height, 0)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" \
            font-family="sans-serif">
            <title>\(xml(language(title)))</title>
            <rect width="100%" height="100%" fill="#ffffff"/>

            """
        svg += contextLayer(frame) + (try headroomLayer(frame.path)) + constraintLayer(frame)
        svg +=
            "<g id=\"contours\" fill=\"none\" stroke=\"\(Style.contour)\" stroke-width=\"2\" stroke-dasharray=\"8 "
            + "5\">\n"
        for c in contours {
            svg +=
                "<path d=\"\(frame.path(c.contour))\"><title>\(xml(c.zone.id)): richtafstand "
                + "\(FixedDecimal.format(c.distance, 0)) m (\(areaType.rawValue))</title></path>\n"
        }
        svg += "</g>\n" + (try sites(frame)) + (try checks(frame))
        svg += try labels(frame, height: height)
        svg +=
            titleBlock() + legend() + scaleAndNorth(frame, mapBottom: Self.titleHeight + mapHeight)
            + footer(height: height)
        return svg + "</svg>\n"
    }

    /// The context layers, underneath: polygons light blue-grey, lines grey, points as dots.
    private func contextLayer(_ frame: Frame) -> String {
        guard !contextLayers.isEmpty else { return "" }
        var svg = "<g id=\"context\" stroke-width=\"1.5\">\n"
        for layer in contextLayers {
            svg += "<g><title>\(xml(layer.name))</title>\n"
            for g in layer.geometries {
                switch g.typeName {
                case "Point", "MultiPoint":
                    g.forEachCoordinateArray { points in
                        for p in points {
                            svg +=
                                "<circle cx=\"\(frame.x(p.x))\" cy=\"\(frame.y(p.y))\" r=\"2\" "
                                + "fill=\"\(Style.contextLine)\"/>\n"
                        }
                    }
                case _ where g.isPolygonal:
                    svg +=
                        "<path fill=\"\(Style.contextFill)\" stroke=\"\(Style.contextEdge)\" fill-rule=\"evenodd\" "
                        + "d=\"\(frame.path(g))\"/>\n"
                default:
                    svg += "<path fill=\"none\" stroke=\"\(Style.contextLine)\" d=\"\(frame.path(g))\"/>\n"
                }
            }
            svg += "</g>\n"
        }
        return svg + "</g>\n"
    }

    /// Parks filled by signal, then housing sites and centres in their layer colours.
    private func sites(_ frame: Frame) throws -> String {
        let signals = Dictionary(
            try analysis.parkPressure(areaType: areaType).map { ($0.park.id, $0.light) },
            uniquingKeysWith: { a, _ in a })
        var svg = "<g id=\"parks\" fill-opacity=\"0.55\" stroke=\"\(Style.parkOutline)\" stroke-width=\"2\">\n"
        for r in analysis.catalogue.records(.parks) {
            let light = signals[r.id]
            svg +=
                "<path fill=\"\(Style.fill(light))\" fill-rule=\"evenodd\" "
                + "d=\"\(frame.path(r.geometry))\"><title>"
                + xml(language(Label.mapParkTooltip(.text(r.name), .label((light ?? .noData).label), accuracy(r))))
                + "</title></path>\n"
        }
        svg += "</g>\n"
        for (layer, colour) in [(SiteLayer.housing, Style.housing), (.centres, Style.centre)] {
            svg +=
                "<g id=\"\(layer.rawValue)\" fill=\"\(colour)\" fill-opacity=\"0.45\" stroke=\"\(colour)\" "
                + "stroke-width=\"2\">\n"
            for r in analysis.catalogue.records(layer) {
                svg +=
                    "<path fill-rule=\"evenodd\" d=\"\(frame.path(r.geometry))\"><title>"
                    + xml(language(Label.mapSiteTooltip(.text(r.name), .text(r.layer.kind), accuracy(r))))
                    + "</title></path>\n"
            }
            svg += "</g>\n"
        }
        return svg
    }

    /// Conflicts as solid red segments ending in a filled dot at the housing site; undetermined
    /// checks dashed grey ending in an open dot.
    private func checks(_ frame: Frame) throws -> String {
        var svg = ""
        let checks = try analysis.zoning(areaType: areaType).checks
        for (verdict, id, colour, dash, fill) in [
            (Verdict.conflict, "conflicts", Style.conflict, "", Style.conflict),
            (.undetermined, "undetermined", Style.undeterminedCheck, " stroke-dasharray=\"6 4\"", "#ffffff"),
        ] {
            svg +=
                "<g id=\"\(id)\" stroke=\"\(colour)\" stroke-width=\"\(verdict == .conflict ? 4 : 3)\" "
                + "stroke-linecap=\"round\"\(dash)>\n"
            for c in checks where c.verdict == verdict {
                let (a, b) = c.nearestPoints
                svg +=
                    "<line x1=\"\(frame.x(a.x))\" y1=\"\(frame.y(a.y))\" x2=\"\(frame.x(b.x))\" y2=\"\(frame.y(b.y))\">"
                svg +=
                    "<title>\(xml(c.zoneID)) - \(xml(c.housing.id)): \(FixedDecimal.format(c.actual, 1)) m of "
                    + "\(FixedDecimal.format(c.required, 0)) m, \(language(c.verdict.label))</title></line>\n"
                svg +=
                    "<circle cx=\"\(frame.x(b.x))\" cy=\"\(frame.y(b.y))\" r=\"6\" fill=\"\(fill)\" "
                    + "stroke-dasharray=\"none\"/>\n"
            }
            svg += "</g>\n"
        }
        return svg
    }

    /// Site names placed without overlap; leader lines to labels moved off their site.
    private func labels(_ frame: Frame, height: Double) throws -> String {
        let measures = try analysis.measures()
        var placer = MapLabels(width: width, height: height - Self.footerHeight)
        placer.reserved = [
            MapLabels.Box(minX: 0, minY: 0, maxX: width, maxY: Self.titleHeight),
            MapLabels.Box(minX: 0, minY: Self.titleHeight, maxX: 360, maxY: Self.titleHeight + Self.legendHeight),
        ]
        let anchors: [(text: String, x: Double, y: Double)] = analysis.catalogue.allRecords.compactMap { r in
            measures[SiteRef(r)].map { (r.name, frame.px($0.labelPoint.x), frame.py($0.labelPoint.y)) }
        }
        let placed = placer.place(anchors)
        var svg = "<g id=\"leaders\" stroke=\"#222222\" stroke-width=\"1\">\n"
        for p in placed where p.hasLeader {
            svg +=
                "<line x1=\"\(FixedDecimal.format(p.anchor.x, 1))\" y1=\"\(FixedDecimal.format(p.anchor.y, 1))\" "
                + "x2=\"\(FixedDecimal.format(p.x, 1))\" y2=\"\(FixedDecimal.format(p.y - 5, 1))\"/>\n"
        }
        svg +=
            "</g>\n<g id=\"labels\" font-size=\"14\" fill=\"#222222\" text-anchor=\"middle\" paint-order=\"stroke\" "
            + "stroke=\"#ffffff\" stroke-width=\"3\">\n"
        for p in placed {
            svg +=
                "<text x=\"\(FixedDecimal.format(p.x, 1))\" "
                + "y=\"\(FixedDecimal.format(p.y, 1))\">\(xml(p.text))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// The headroom of ``headroomCategory`` per zone, with its legend entry; empty when unset.
    private func headroomLayer(_ path: (Geometry<XY>) -> String) throws -> String {
        guard let category = headroomCategory else { return "" }
        var svg = "<g id=\"headroom\" stroke=\"none\" fill-rule=\"evenodd\">\n"
        for h in try analysis.zoneHeadroom(areaType: areaType, categories: [category]) {
            for (colour, geometry, word) in [
                (Style.allowed, h.parts.allowed, "allowed"), (Style.undetermined, h.parts.undetermined, "undetermined"),
            ]
            where !geometry.isEmpty {
                svg +=
                    "<path fill=\"\(colour)\" fill-opacity=\"0.6\" d=\"\(path(geometry))\"><title>\(xml(h.zoneID)): "
                    + "category \(category.rawValue) \(word)</title></path>\n"
            }
        }
        svg += "</g>\n"
        return svg
    }

    private func emptyMap() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"100\"><text x=\"10\" y=\"50\">no sites "
            + "loaded</text></svg>\n"
    }

    func xml(_ s: String) -> String { s.xmlEscaped }

    /// A site's stated accuracy in whole metres, for its tooltip.
    private func accuracy(_ r: SiteRecord) -> Phrase.Argument { .number(r.accuracy, 0) }
}
