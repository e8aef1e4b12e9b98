/// Ids in the order people count: `z2` before `z10`, `0546-9` before `0546-10`. Runs of digits
/// compare as numbers, everything else by its characters; ids that differ only in leading zeros
/// fall back to plain text order, so the order is total and the same on every run.
public enum NaturalOrder {
    /// True when `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = runs(a), y = runs(b)
        for (p, q) in zip(x, y) where p != q {
            switch (p.isNumber, q.isNumber) {
            case (true, true):
                let (m, n) = (p.digits.drop { $0 == "0" }, q.digits.drop { $0 == "0" })
                if m.count != n.count { return m.count < n.count }
                if m != n { return m < n }
            default:
                if p.digits != q.digits { return p.digits < q.digits }
            }
        }
        if x.count != y.count { return x.count < y.count }
        return a < b
    }

    private struct Run: Equatable {
        var digits: Substring
        var isNumber: Bool
    }

    private static func runs(_ s: String) -> [Run] {
        var result: [Run] = []
        var start = s.startIndex
        while start < s.endIndex {
            let isNumber = s[start].isASCII && s[start].isNumber
            let end = s[start...].firstIndex { ($0.isASCII && $0.isNumber) != isNumber } ?? s.endIndex
            result.append(Run(digits: s[start..<end], isNumber: isNumber))
            start = end
        }
        return result
    }
}
