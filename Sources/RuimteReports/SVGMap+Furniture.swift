import RuimteDomain
import RuimteFormats

/// The memo map's furniture: title block, legend, scale bar, north arrow and sources line.
extension SVGMap {
    /// The title, with the variant a scenario map shows.
    var heading: String { language(title) + (variant.map { ": " + $0 } ?? "") }

    func titleBlock() -> String {
        let subtitle = [
            date, language(Label.mapSubtitle), language(Label.tableZoning) + ": " + areaType.dutchName,
            "RD New (EPSG:28992)",
        ].compactMap { $0 }.joined(separator: " · ")
        return """
            <g id="title" fill="#222222">
            <text x="20" y="30" font-size="22" font-weight="bold">\(xml(heading))</text>
            <text x="20" y="52" font-size="14">\(xml(subtitle))</text>
            </g>

            """
    }

    static let legendHeight = 250.0

    /// What every colour and symbol means: one swatch and label per colour on the map.
    func legend() -> String {
        let park = { (fill: String) in Self.swatch(fill: fill, stroke: Style.parkOutline) }
        var entries: [(symbol: String, text: Phrase)] = [
            (park(Style.signalRed), Label.mapParkRed()), (park(Style.signalOrange), Label.mapParkOrange()),
            (park(Style.signalGreen), Label.mapParkGreen()), (park(Style.signalUndetermined), Label.mapParkGrey()),
            (park(Style.signalNoData), Label.mapParkWhite()),
            (Self.swatch(fill: Style.housing, opacity: "0.45"), Label.mapHousing()),
            (Self.swatch(fill: Style.centre, opacity: "0.45"), Label.mapCentre()),
            (Self.line(Style.contour, width: 2, dashed: true), Label.mapContour()),
            (Self.line(Style.conflict, width: 4) + Self.dot(fill: Style.conflict), Label.mapConflict()),
            (
                Self.line(Style.undeterminedCheck, width: 3, dashed: true)
                    + Self.dot(fill: "#ffffff", stroke: Style.undeterminedCheck), Label.mapUndetermined()
            ),
        ]
        entries += constraintLegend
        for layer in contextLayers {
            entries.append((Self.swatch(fill: Style.contextFill, stroke: Style.contextLine), .verbatim(layer.name)))
        }
        if let category = headroomCategory {
            entries += [
                (Self.swatch(fill: Style.allowed), Label.mapCategoryAllowed(.text(category.rawValue))),
                (Self.swatch(fill: Style.undetermined), Label.mapCategoryUndetermined(.text(category.rawValue))),
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

    /// A 16 × 12 legend swatch.
    static func swatch(fill: String, stroke: String? = nil, opacity: String? = nil) -> String {
        "<rect width=\"16\" height=\"12\" fill=\"\(fill)\""
            + (opacity.map { " fill-opacity=\"\($0)\"" } ?? "") + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    /// A 16-pixel legend line.
    static func line(_ colour: String, width: Int, dashed: Bool = false) -> String {
        "<line x1=\"0\" y1=\"6\" x2=\"16\" y2=\"6\" stroke=\"\(colour)\" stroke-width=\"\(width)\""
            + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>"
    }

    /// The dot at a legend line's end.
    static func dot(fill: String, stroke: String? = nil) -> String {
        "<circle cx=\"16\" cy=\"6\" r=\"4\" fill=\"\(fill)\"" + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    /// Scale bar (the largest round length up to a fifth of the width) and north arrow.
    func scaleAndNorth(_ frame: Frame, mapBottom: Double) -> String {
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
    func footer(height: Double) -> String {
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
}
