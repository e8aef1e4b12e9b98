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
    /// Colours; tests look for them in rendered pixels. The signal colours are used for the
    /// parks' fill only, so that no layer colour can be read as a signal.
    public enum Style {
        public static let signalRed = "#d7191c"
        public static let signalOrange = "#fdae61"
        public static let signalGreen = "#1a9641"
        public static let signalUndetermined = "#9e9e9e"
        public static let signalNoData = "#ffffff"
        public static let parkOutline = "#5a3a00"
        public static let centre = "#1f5fbf"
        public static let housing = "#8856a7"
        public static let contour = "#01665e"
        public static let conflict = "#b2182b"
        public static let undeterminedCheck = "#4d4d4d"
        public static let allowed = "#7fc97f"
        public static let undetermined = "#bdbdbd"
        public static let contextFill = "#dbe6ef"
        public static let contextEdge = "#a9bfd3"
        public static let contextLine = "#8c8c8c"

        /// The fill of a park with this signal.
        public static func fill(_ light: TrafficLight?) -> String {
            switch light {
            case .red?: signalRed
            case .orange?: signalOrange
            case .green?: signalGreen
            case .undetermined?: signalUndetermined
            case .noData?, nil: signalNoData
            }
        }
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
    /// The date under the title (`YYYY-MM-DD`); none when nil.
    public var date: String?
    /// The title.
    public var title: Phrase = Label.mapTitle()
    /// Context layers drawn underneath everything (water, rail, a municipal boundary), each
    /// with the name its legend entry shows: polygons in light blue-grey, lines in grey, points
    /// as small grey dots. They do not widen the map.
    public var contextLayers: [(name: String, geometries: [Geometry<XY>])] = []
    /// The language of the title, legend and sources line.
    public var language = Language.en

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
        svg += contextLayer(frame) + (try headroomLayer(frame.path))
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
                + "d=\"\(frame.path(r.geometry))\"><title>\(xml(r.name)): signal \((light ?? .noData).rawValue) "
                + "(accuracy \(FixedDecimal.format(r.accuracy, 0)) m)</title></path>\n"
        }
        svg += "</g>\n"
        for (layer, colour) in [(SiteLayer.housing, Style.housing), (.centres, Style.centre)] {
            svg +=
                "<g id=\"\(layer.rawValue)\" fill=\"\(colour)\" fill-opacity=\"0.45\" stroke=\"\(colour)\" "
                + "stroke-width=\"2\">\n"
            for r in analysis.catalogue.records(layer) {
                svg +=
                    "<path fill-rule=\"evenodd\" d=\"\(frame.path(r.geometry))\"><title>\(xml(r.name)) "
                    + "(\(r.layer.kind), accuracy \(FixedDecimal.format(r.accuracy, 0)) m)</title></path>\n"
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
                    + "\(FixedDecimal.format(c.required, 0)) m, \(c.verdict.rawValue)</title></line>\n"
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

    private func titleBlock() -> String {
        let subtitle = [
            date, language(Label.mapSubtitle), language(Label.tableZoning) + ": " + areaType.dutchName,
            "RD New (EPSG:28992)",
        ].compactMap { $0 }.joined(separator: " · ")
        return """
            <g id="title" fill="#222222">
            <text x="20" y="30" font-size="22" font-weight="bold">\(xml(language(title)))</text>
            <text x="20" y="52" font-size="14">\(xml(subtitle))</text>
            </g>

            """
    }

    static let legendHeight = 250.0

    /// What every colour and symbol means.
    private func legend() -> String {
        var entries: [(symbol: String, text: Phrase)] = [
            (
                "<rect width=\"16\" height=\"12\" fill=\"\(Style.signalRed)\" stroke=\"\(Style.parkOutline)\"/>",
                Label.mapParkRed()
            ),
            (
                "<rect width=\"16\" height=\"12\" fill=\"\(Style.signalOrange)\" stroke=\"\(Style.parkOutline)\"/>",
                Label.mapParkOrange()
            ),
            (
                "<rect width=\"16\" height=\"12\" fill=\"\(Style.signalGreen)\" stroke=\"\(Style.parkOutline)\"/>",
                Label.mapParkGreen()
            ),
            (
                "<rect width=\"16\" height=\"12\" fill=\"\(Style.signalUndetermined)\" "
                    + "stroke=\"\(Style.parkOutline)\"/>",
                Label.mapParkGrey()
            ),
            (
                "<rect width=\"16\" height=\"12\" fill=\"\(Style.signalNoData)\" stroke=\"\(Style.parkOutline)\"/>",
                Label.mapParkWhite()
            ),
            ("<rect width=\"16\" height=\"12\" fill=\"\(Style.housing)\" fill-opacity=\"0.45\"/>", Label.mapHousing()),
            ("<rect width=\"16\" height=\"12\" fill=\"\(Style.centre)\" fill-opacity=\"0.45\"/>", Label.mapCentre()),
            (
                "<line x1=\"0\" y1=\"6\" x2=\"16\" y2=\"6\" stroke=\"\(Style.contour)\" stroke-width=\"2\" "
                    + "stroke-dasharray=\"4 3\"/>",
                Label.mapContour()
            ),
            (
                "<line x1=\"0\" y1=\"6\" x2=\"16\" y2=\"6\" stroke=\"\(Style.conflict)\" "
                    + "stroke-width=\"4\"/><circle cx=\"16\" cy=\"6\" r=\"4\" fill=\"\(Style.conflict)\"/>",
                Label.mapConflict()
            ),
            (
                "<line x1=\"0\" y1=\"6\" x2=\"16\" y2=\"6\" stroke=\"\(Style.undeterminedCheck)\" "
                    + "stroke-width=\"3\" stroke-dasharray=\"4 3\"/><circle cx=\"16\" cy=\"6\" r=\"4\" "
                    + "fill=\"#ffffff\" stroke=\"\(Style.undeterminedCheck)\"/>",
                Label.mapUndetermined()
            ),
        ]
        for layer in contextLayers {
            entries.append(
                (
                    "<rect width=\"16\" height=\"12\" fill=\"\(Style.contextFill)\" stroke=\"\(Style.contextLine)\"/>",
                    .verbatim(layer.name)
                ))
        }
        if let category = headroomCategory {
            entries += [
                (
                    "<rect width=\"16\" height=\"12\" fill=\"\(Style.allowed)\"/>",
                    Label.mapCategoryAllowed(.text(category.rawValue))
                ),
                (
                    "<rect width=\"16\" height=\"12\" fill=\"\(Style.undetermined)\"/>",
                    Label.mapCategoryUndetermined(.text(category.rawValue))
                ),
            ]
        }
        var svg =
            "<g id=\"legend\" font-size=\"12\" fill=\"#222222\" transform=\"translate(20 "
            + "\(FixedDecimal.format(Self.titleHeight + 4, 0)))\">\n"
        svg +=
            "<rect x=\"-6\" y=\"-4\" width=\"350\" height=\"\(entries.count * 20 + 4)\" fill=\"#ffffff\" "
            + "fill-opacity=\"0.85\" stroke=\"#cccccc\"/>\n"
        for (i, e) in entries.enumerated() {
            svg +=
                "<g transform=\"translate(0 \(i * 20))\">\(e.symbol)<text x=\"24\" "
                + "y=\"11\">\(xml(language(e.text)))</text></g>\n"
        }
        return svg + "</g>\n"
    }

    /// Scale bar (the largest round length up to a fifth of the width) and north arrow.
    private func scaleAndNorth(_ frame: Frame, mapBottom: Double) -> String {
        let barMetres = [100.0, 200, 500, 1000, 2000, 5000].last { $0 * frame.scale <= width / 5 } ?? 100
        return """
            <g id="scale" font-size="14" fill="#222222">
            <rect x="20" y="\(FixedDecimal.format(mapBottom - 20, 1))" \
            width="\(FixedDecimal.format(barMetres * frame.scale, 1))" height="8" fill="#222222"/>
            <text x="20" y="\(FixedDecimal.format(mapBottom - 28, 1))">\(FixedDecimal.format(barMetres, 0)) m</text>
            </g>
            <g id="north" transform="translate(\(FixedDecimal.format(width - 40, 1)) \
            \(FixedDecimal.format(Self.titleHeight + 50, 0)))">
            <path d="M0 -40 L12 0 L0 -10 L-12 0 Z" fill="#222222"/>
            <text x="0" y="20" font-size="16" text-anchor="middle" fill="#222222">N</text>
            </g>

            """
    }

    /// Data sources and the accuracy the outlines carry.
    private func footer(height: Double) -> String {
        let accuracies = analysis.catalogue.allRecords.map(\.accuracy)
        let range =
            accuracies.isEmpty
            ? "" : FixedDecimal.format(accuracies.min()!, 0) + "-" + FixedDecimal.format(accuracies.max()!, 0) + " m"
        let line1 = language(Label.mapSources(.text(range)))
        let line2 = "Richtafstanden: " + analysis.richtafstanden.source
        return """
            <g id="sources" font-size="11" fill="#444444">
            <text x="20" y="\(FixedDecimal.format(height - 34, 0))">\(xml(line1))</text>
            <text x="20" y="\(FixedDecimal.format(height - 16, 0))">\(xml(String(line2.prefix(200))))</text>
            </g>

            """
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

    private func xml(_ s: String) -> String { s.xmlEscaped }
}
