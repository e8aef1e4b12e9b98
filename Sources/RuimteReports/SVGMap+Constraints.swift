import RuimteDomain
import RuimteFormats

/// The constraint layers on the memo map: hard constraints hatched, soft ones outlined dashed,
/// in ``SVGMap/Style/constraint``, each with a tooltip naming it, its kind and its effect.
extension SVGMap {
    /// The hatch pattern's id.
    static let hatchID = "constraint-hatch"

    /// The pattern hard constraints are filled with (diagonal lines 8 px apart).
    static var hatchPattern: String {
        "<defs><pattern id=\"\(hatchID)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" "
            + "stroke=\"\(Style.constraint)\" stroke-width=\"2\"/></pattern></defs>\n"
    }

    /// The constraints, soft ones first so that a hard one on top of a soft one stays visible.
    func constraintLayer(_ frame: Frame) -> String {
        guard !constraints.isEmpty else { return "" }
        var svg = Self.hatchPattern + "<g id=\"constraints\" stroke=\"\(Style.constraint)\" fill-rule=\"evenodd\">\n"
        for effect in [ConstraintEffect.soft, .hard] {
            for c in constraints where c.effect == effect {
                let style =
                    effect == .hard
                    ? "fill=\"url(#\(Self.hatchID))\" stroke-width=\"1.5\""
                    : "fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"10 4 2 4\""
                let tooltip = Label.mapConstraintTooltip(
                    .text(c.id), .text(c.name), .text(c.kind.code), .label(c.effect.label))
                svg +=
                    "<path \(style) d=\"\(frame.path(c.geometry))\"><title>\(xml(language(tooltip)))</title></path>\n"
            }
        }
        return svg + "</g>\n"
    }

    /// The legend entries of the constraint effects on the map.
    var constraintLegend: [(symbol: String, text: Phrase)] {
        var entries: [(symbol: String, text: Phrase)] = []
        if constraints.contains(where: { $0.effect == .hard }) {
            entries.append(
                (Self.swatch(fill: "url(#\(Self.hatchID))", stroke: Style.constraint), Label.mapConstraintHard()))
        }
        if constraints.contains(where: { $0.effect == .soft }) {
            entries.append(
                (
                    "<rect width=\"16\" height=\"12\" fill=\"none\" stroke=\"\(Style.constraint)\" "
                        + "stroke-width=\"2\" stroke-dasharray=\"4 2\"/>", Label.mapConstraintSoft()
                ))
        }
        return entries
    }
}
