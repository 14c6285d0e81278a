import EvidentCore
import FoundationEssentials

/// Reads the one timestamp form that dominates large logs, `2026-11-28T08:19:41Z` with an optional
/// fraction, straight from its bytes, so a sign-in log of millions of rows does not pay for the general
/// parser on each.
enum ISOInstantFastPath {
    /// Returns the instant, or `nil` for any other form (offsets, spaces, culture formats) and for years
    /// outside 1971 to 9998, which leaves sentinels such as `1970-01-01T00:00:00Z` to `TimestampParser`.
    static func parse(_ text: String) -> Date? {
        let bytes = text.utf8
        guard bytes.count >= 20, bytes.count <= 30, bytes.last == UInt8(ascii: "Z") else { return nil }
        return bytes.withContiguousStorageIfAvailable(parse) ?? nil
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<start + length {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2),
            (1971...9998).contains(year), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
            second < 60
        else { return nil }

        var fraction = 0.0
        let end = bytes.count - 1
        if end > 19 {
            guard bytes[19] == UInt8(ascii: "."), end > 20, let digits = number(20, end - 20) else { return nil }
            var scale = 1.0
            for _ in 20..<end { scale *= 10 }
            fraction = Double(digits) / scale
        } else if end != 19 {
            return nil
        }

        // CalendarDay rejects days that do not exist, such as February 30, which the general parser reports.
        guard let calendarDay = CalendarDay(year: year, month: month, day: day) else { return nil }
        let seconds =
            Double(calendarDay.daysSinceEpoch) * 86_400 + Double(hour * 3_600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}
