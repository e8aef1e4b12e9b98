import Foundation

/// A calendar day, as the BAG's `beginGeldigheid` and `eindGeldigheid` state validity: the
/// reference date of ``VoorkomenSelection`` and the dates it compares.
public struct BAGDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, month (1-12) and day (1-31).
    public let year: Int, month: Int, day: Int

    /// Creates a date; nil unless it is a real calendar day between the years 1000 and 9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, of: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or GDAL's `YYYY/MM/DD`, with or without a time after it (a
    /// `tijdstip` such as `2020-01-01T10:00:00.000` reads as its day).
    public init?(_ text: String) {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
            text.utf8.count == 10 || [UInt8(ascii: "T"), UInt8(ascii: " ")].contains(Array(text.utf8)[10])
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today in the Netherlands (Europe/Amsterdam), the default reference date.
    public static func today(_ now: Date = Date()) -> BAGDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return BAGDate(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1)
            ?? BAGDate(valid: (2000, 1, 1))
    }

    /// A day known to be real (the calendar's own today, or a fixed fallback).
    private init(valid: (Int, Int, Int)) {
        (year, month, day) = valid
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: BAGDate, b: BAGDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// `YYYY-MM-DD`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
