import RuimteFormats

/// Places map labels so that none overlaps another or a reserved area (title, legend): each
/// label tries its anchor first, then positions around it at growing distances; a label moved
/// off its anchor gets a leader line back to it. Greedy and in the given order, so the same
/// labels give the same placement.
struct MapLabels {
    /// A placed label: the text's centre baseline in pixels, and whether it left its anchor.
    struct Placed {
        var text: String
        var anchor: (x: Double, y: Double)
        var x: Double, y: Double
        var hasLeader: Bool { abs(x - anchor.x) > 0.5 || abs(y - anchor.y) > 0.5 }
    }

    /// A box in pixels.
    struct Box {
        var minX, minY, maxX, maxY: Double
        func intersects(_ o: Box) -> Bool { minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY }
    }

    /// Areas no label may cover.
    var reserved: [Box] = []
    /// The drawing's size; labels stay inside it.
    var width: Double, height: Double
    /// Font size in pixels; the box of a text is estimated at 0.65 em per character.
    var fontSize = 14.0

    /// The box a label with its centre baseline at (x, y) covers.
    func box(_ text: String, _ x: Double, _ y: Double) -> Box {
        let w = Double(text.count) * fontSize * 0.65 + 6
        return Box(minX: x - w / 2, minY: y - fontSize, maxX: x + w / 2, maxY: y + fontSize * 0.35)
    }

    /// Every label placed; one that finds no free spot within 120 px stays on its anchor.
    func place(_ labels: [(text: String, x: Double, y: Double)]) -> [Placed] {
        var taken = reserved
        var placed: [Placed] = []
        for label in labels {
            var spot = (x: label.x, y: label.y)
            search: for distance in [0.0, 20, 40, 60, 80, 100, 120] {
                for (dx, dy) in distance == 0
                    ? [(0.0, 0.0)] : [(0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1)]
                {
                    let half = box(label.text, 0, 0).maxX
                    let x = label.x + dx * (distance + (dx == 0 ? 0 : half)), y = label.y + dy * distance
                    let b = box(label.text, x, y)
                    guard b.minX >= 0, b.maxX <= width, b.minY >= 0, b.maxY <= height,
                        !taken.contains(where: { $0.intersects(b) })
                    else { continue }
                    spot = (x, y)
                    break search
                }
            }
            taken.append(box(label.text, spot.x, spot.y))
            placed.append(Placed(text: label.text, anchor: (label.x, label.y), x: spot.x, y: spot.y))
        }
        return placed
    }
}
