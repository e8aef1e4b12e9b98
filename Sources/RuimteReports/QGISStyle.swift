/// QGIS layer styles (QML documents) for the GeoPackage export: a categorised renderer on
/// one attribute, or one symbol for the whole layer. Colours are RGBA.
public enum QGISStyle {
    /// How a polygon is filled.
    public enum Fill: Sendable {
        /// A solid fill with a thin dark outline.
        case solid
        /// No fill, an outline in the colour.
        case outline
        /// Diagonal hatching and an outline in the colour.
        case hatched
    }

    /// One category: the attribute value, its legend label, fill or line colour, dashed or not,
    /// and for polygons how they are filled.
    public struct Category: Sendable {
        public var value: String
        public var label: String
        public var colour: String
        public var dashed: Bool
        public var fill: Fill
        public init(_ value: String, _ label: String, _ colour: String, dashed: Bool = false, fill: Fill = .solid) {
            self.value = value
            self.label = label
            self.colour = colour
            self.dashed = dashed
            self.fill = fill
        }
    }

    /// A style colouring features by `attribute`.
    public static func categorised(_ attribute: String, _ categories: [Category], lines: Bool) -> String {
        categorised(attribute, categories) { i, c in
            symbol(name: "\(i)", colour: c.colour, dashed: c.dashed, lines: lines, fill: c.fill)
        }
    }

    /// One symbol for every feature.
    public static func single(colour: String, dashed: Bool = false, lines: Bool, outlineOnly: Bool = false) -> String {
        let fill: Fill = outlineOnly ? .outline : .solid
        return document(
            """
              <renderer-v2 type="singleSymbol" forceraster="0" symbollevels="0" enableorderby="0">
                <symbols>
                \(symbol(name: "0", colour: colour, dashed: dashed, lines: lines, fill: fill))
                </symbols>
              </renderer-v2>
            """)
    }

    /// Point markers coloured by `attribute`.
    public static func markers(_ attribute: String, _ categories: [Category]) -> String {
        categorised(attribute, categories) { i, c in
            "<symbol type=\"marker\" name=\"\(i)\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                + "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">"
                + "<Option type=\"QString\" name=\"color\" value=\(c.colour.xmlQuoted)/>"
                + "<Option type=\"QString\" name=\"name\" value=\"circle\"/>"
                + "<Option type=\"QString\" name=\"size\" value=\"3\"/></Option></layer></symbol>"
        }
    }

    /// The categorised renderer: one category and one symbol (made by `symbol`) per category.
    private static func categorised(_ attribute: String, _ categories: [Category], symbol: (Int, Category) -> String)
        -> String
    {
        let entries = categories.enumerated().map { i, c in
            "<category render=\"true\" symbol=\"\(i)\" value=\(xml(c.value)) label=\(xml(c.label))/>"
        }.joined(separator: "\n    ")
        let symbols = categories.enumerated().map(symbol).joined(separator: "\n    ")
        return document(
            """
              <renderer-v2 type="categorizedSymbol" attr=\(xml(attribute)) forceraster="0" symbollevels="0" \
            enableorderby="0">
                <categories>
                \(entries)
                </categories>
                <symbols>
                \(symbols)
                </symbols>
              </renderer-v2>
            """)
    }

    private static func document(_ renderer: String) -> String {
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28.0\" "
            + "styleCategories=\"Symbology\">\n\(renderer)\n</qgis>\n"
    }

    private static func symbol(name: String, colour: String, dashed: Bool, lines: Bool, fill: Fill) -> String {
        let options: [(String, String)] =
            lines
            ? [
                ("line_color", colour), ("line_width", "0.8"), ("line_width_unit", "MM"),
                ("line_style", dashed ? "dash" : "solid"),
            ]
            : [
                ("color", colour), ("style", fill == .outline ? "no" : fill == .hatched ? "b_diagonal" : "solid"),
                ("outline_color", fill == .solid ? "35,35,35,255" : colour),
                ("outline_width", fill == .solid ? "0.26" : "0.6"), ("outline_style", dashed ? "dash" : "solid"),
            ]
        let values = options.map { "<Option type=\"QString\" name=\"\($0.0)\" value=\($0.1.xmlQuoted)/>" }.joined()
        return
            "<symbol type=\"\(lines ? "line" : "fill")\" name=\"\(name)\" alpha=\"1\" clip_to_extent=\"1\" "
            + "force_rhr=\"0\">"
            + "<layer class=\"\(lines ? "SimpleLine" : "SimpleFill")\" enabled=\"1\" pass=\"0\" "
            + "locked=\"0\"><Option type=\"Map\">\(values)</Option></layer></symbol>"
    }

    private static func xml(_ text: String) -> String { text.xmlQuoted }

    /// A map colour (`#rrggbb`) as the `r,g,b,a` QGIS reads, so that both draw the same colour.
    public static func rgba(_ hex: String, alpha: Int) -> String {
        let digits = Array(hex.dropFirst())
        let parts = stride(from: 0, to: 6, by: 2).map { Int(String(digits[$0..<$0 + 2]), radix: 16) ?? 0 }
        return parts.map(String.init).joined(separator: ",") + ",\(alpha)"
    }
}

extension String {
    /// The text as a double-quoted XML attribute value.
    var xmlQuoted: String {
        "\"" + xmlEscaped + "\""
    }
}
