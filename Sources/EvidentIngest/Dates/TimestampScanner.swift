import EvidentCore

/// A cursor over the ASCII bytes of one timestamp, reading the numeric date and time forms of exports.
///
/// Every read either consumes what it recognized or fails, so a caller can tell a complete match from
/// a value with trailing text.
struct TimestampScanner {
    private let bytes: [UInt8]
    private var index = 0
    /// The order that the last `readYearLast` date proved because only that order accepts it, as with
    /// `25/10/2026`. It is `nil` for a date valid in both orders or neither, and for dotted dates.
    private(set) var provenOrder: DateOrder?

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Counts the ASCII digits at the cursor without moving it.
    func peekDigitCount() -> Int {
        var count = 0
        while index + count < bytes.count, isDigit(bytes[index + count]) { count += 1 }
        return count
    }

    /// Reads `yyyy-MM-dd` or `yyyy/MM/dd`, then an optional time and zone.
    mutating func readYearFirst() -> Result<TimestampFields, TimestampFormError> {
        guard let year = readNumber(digits: 4...4), let separator = readAny(of: "-/"),
            let month = readNumber(digits: 1...2), read(separator), let day = readNumber(digits: 1...2)
        else { return .failure(.unrecognized) }

        var fields = TimestampFields(year: year, month: month, day: day)
        guard !isAtEnd else { return .success(fields) }
        guard readAny(of: "T ") != nil else { return .failure(.unrecognized) }
        return readTime(into: &fields, allowsMeridiem: false)
    }

    /// Reads `M/d/yyyy` (or `d/M/yyyy` when `dayFirst`) and `d.M.yyyy`, then an optional time with an
    /// optional AM/PM designator and an optional offset.
    mutating func readYearLast(dayFirst: Bool) -> Result<TimestampFields, TimestampFormError> {
        guard let first = readNumber(digits: 1...2), let separator = readAny(of: "/.-"),
            let second = readNumber(digits: 1...2), read(separator), let year = readNumber(digits: 4...4)
        else { return .failure(.unrecognized) }

        // Dotted dates are written day first by every culture that uses them (de-DE, fr-CH, ru-RU...).
        let isDayFirst = dayFirst || separator == UInt8(ascii: ".")
        if separator != UInt8(ascii: "."), first > 12 || second > 12 {
            provenOrder = Self.order(provenBy: first, second, year: year)
        }
        var fields = TimestampFields(
            year: year, month: isDayFirst ? second : first, day: isDayFirst ? first : second)
        if !fields.hasValidDay {
            let swapped = TimestampFields(
                year: year, month: isDayFirst ? first : second, day: isDayFirst ? second : first)
            return .failure(swapped.hasValidDay && separator != UInt8(ascii: ".") ? .fitsOtherOrder : .dayDoesNotExist)
        }

        guard !isAtEnd else { return .success(fields) }
        guard read(UInt8(ascii: " ")) else { return .failure(.unrecognized) }
        return readTime(into: &fields, allowsMeridiem: true)
    }

    // MARK: - Private

    /// Returns the order in which `first/second/year` names a real day when only one order does.
    private static func order(provenBy first: Int, _ second: Int, year: Int) -> DateOrder? {
        let isMonthFirstValid = CalendarDay(year: year, month: first, day: second) != nil
        let isDayFirstValid = CalendarDay(year: year, month: second, day: first) != nil
        guard isMonthFirstValid != isDayFirstValid else { return nil }
        return isDayFirstValid ? .dayFirst : .monthFirst
    }

    private var isAtEnd: Bool { index == bytes.count }

    /// Reads `H:mm`, `H:mm:ss` or `H:mm:ss.fffffff`, an AM/PM designator when allowed, and the zone.
    private mutating func readTime(
        into fields: inout TimestampFields, allowsMeridiem: Bool
    ) -> Result<TimestampFields, TimestampFormError> {
        guard let hour = readNumber(digits: 1...2), read(UInt8(ascii: ":")), let minute = readNumber(digits: 2...2)
        else { return .failure(.unrecognized) }
        fields.hour = hour
        fields.minute = minute

        if read(UInt8(ascii: ":")) {
            guard let second = readNumber(digits: 2...2) else { return .failure(.unrecognized) }
            fields.second = second
            if readAny(of: ".,") != nil {
                let start = index
                guard let fraction = readNumber(digits: 1...9) else { return .failure(.unrecognized) }
                fields.fraction = Double(fraction) / pow10(index - start)
            }
        }

        if allowsMeridiem {
            let mark = index
            _ = read(UInt8(ascii: " "))
            if let isPM = readMeridiem() {
                guard (1...12).contains(hour) else { return .failure(.timeOutOfRange) }
                fields.hour = hour % 12 + (isPM ? 12 : 0)
            } else {
                index = mark
            }
        }

        guard readZone(into: &fields) else { return .failure(.unrecognized) }
        guard isAtEnd else { return .failure(.unrecognized) }
        guard fields.hasValidTime else { return .failure(.timeOutOfRange) }
        return .success(fields)
    }

    /// Reads nothing, `Z`, or `±HH:mm`, `±HHmm`, `±HH`, with an optional space before an offset.
    private mutating func readZone(into fields: inout TimestampFields) -> Bool {
        if isAtEnd { return true }
        if read(UInt8(ascii: "Z")) || read(UInt8(ascii: "z")) {
            fields.offsetSeconds = 0
            return true
        }
        _ = read(UInt8(ascii: " "))
        guard let sign = readAny(of: "+-"), let hours = readNumber(digits: 2...2) else { return false }
        var minutes = 0
        if read(UInt8(ascii: ":")) {
            guard let value = readNumber(digits: 2...2) else { return false }
            minutes = value
        } else if let value = readNumber(digits: 2...2) {
            minutes = value
        }
        guard hours <= 14, minutes < 60 else { return false }
        fields.offsetSeconds = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        return true
    }

    /// Reads `AM` or `PM` in any case; `nil` leaves the cursor where it was.
    private mutating func readMeridiem() -> Bool? {
        guard index + 1 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "m") else { return nil }
        let letter = bytes[index] | 0x20
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
        index += 2
        return letter == UInt8(ascii: "p")
    }

    private mutating func readNumber(digits allowed: ClosedRange<Int>) -> Int? {
        // Reads at most the allowed digits, so `-0500` splits into hours and minutes.
        let count = min(peekDigitCount(), allowed.upperBound)
        guard allowed.contains(count) else { return nil }
        var value = 0
        for _ in 0..<count {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }

    private mutating func read(_ byte: UInt8) -> Bool {
        guard !isAtEnd, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func readAny(of choices: StaticString) -> UInt8? {
        guard !isAtEnd else { return nil }
        let byte = bytes[index]
        let isChoice = choices.withUTF8Buffer { $0.contains(byte) }
        guard isChoice else { return nil }
        index += 1
        return byte
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
