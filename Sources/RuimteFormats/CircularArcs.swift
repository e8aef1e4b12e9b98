import Foundation
import RuimteGeometry

/// Circular arcs (WKB CircularString, GML `Arc`) as straight segments, within a stated
/// maximum deviation: every segment's sagitta (its largest distance from the arc) is at most
/// ``maximumDeviation(near:)``, so an arc of radius r gets steps of 2·acos(1 − d/r).
public enum CircularArcs {
    /// The largest distance a segment may lie from its arc, in the coordinates' units: 0.01
    /// (1 cm) in a projected CRS in metres, 1e-7 degrees (about 1 cm) in a geographic CRS, told
    /// apart by the size of the coordinates (longitude and latitude lie within ±360 and ±90).
    public static func maximumDeviation<C: Coordinate>(near p: C) -> Double {
        abs(p.first) <= 360 && abs(p.second) <= 90 ? 1e-7 : 0.01
    }

    /// The positions of a CircularString (p0, p1, p2, p3, p4, …: arcs p0-p1-p2, p2-p3-p4, …) as
    /// a line through the arcs' points, each arc's ends kept exactly.
    public static func linearised<C: Coordinate>(_ points: [C]) -> [C] {
        guard points.count >= 3 else { return points }
        var result = [points[0]]
        var i = 0
        while i + 2 < points.count {
            result += arc(points[i], points[i + 1], points[i + 2]).dropFirst()
            i += 2
        }
        return result
    }

    /// One arc from `a` through `b` to `c`, as positions from `a` to `c`.
    static func arc<C: Coordinate>(_ a: C, _ b: C, _ c: C) -> [C] {
        let (ax, ay, bx, by, cx, cy) = (a.first, a.second, b.first, b.second, c.first, c.second)
        // Non-finite positions are the checks' to refuse; they are handed on unchanged.
        guard [ax, ay, bx, by, cx, cy].allSatisfy(\.isFinite) else { return [a, b, c] }
        let full = ax == cx && ay == cy
        var ox: Double, oy: Double
        if full {
            (ox, oy) = ((ax + bx) / 2, (ay + by) / 2)  // a full circle: a and b are opposite
        } else {
            let d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
            guard abs(d) > 1e-12 * max(1, abs(ax) + abs(bx) + abs(cx)) else { return [a, b, c] }  // collinear
            let a2 = ax * ax + ay * ay, b2 = bx * bx + by * by, c2 = cx * cx + cy * cy
            ox = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d
            oy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d
        }
        let r = hypot(ax - ox, ay - oy)
        guard r.isFinite, r > 0 else { return [a, b, c] }
        let start = atan2(ay - oy, ax - ox)
        var sweep: Double
        let counterClockwise = (bx - ax) * (cy - by) - (by - ay) * (cx - bx) > 0
        if full {
            sweep = 2 * Double.pi
        } else {
            sweep = atan2(cy - oy, cx - ox) - start
            if counterClockwise, sweep <= 0 { sweep += 2 * .pi }
            if !counterClockwise, sweep >= 0 { sweep -= 2 * .pi }
        }
        let deviation = maximumDeviation(near: a)
        let step = deviation >= r ? Double.pi / 2 : 2 * acos(1 - deviation / r)
        // A radius so large that the step underflows to 0 is a straight line to within the deviation.
        let steps = abs(sweep) / step
        guard steps.isFinite, sweep.isFinite else { return [a, b, c] }
        let n = min(100_000, max(2, Int(min(steps, 100_000).rounded(.up))))
        var points = [a]
        for k in 1..<n {
            let t = start + sweep * Double(k) / Double(n)
            points.append(C(first: ox + r * cos(t), second: oy + r * sin(t)))
        }
        points.append(c)
        return points
    }
}
