/// Parses the timestamps logs write, straight from bytes.
///
/// Accepts ISO 8601 (`2026-11-03T14:22:05.123-06:00`, with `T` or a space, offset optional) and the
/// United States form Windows and many EHRs export (`11/3/2026 2:22:05 PM`, seconds and AM/PM
/// optional). Fractions of a second are dropped.
enum TimestampBytes {
    /// A parsed timestamp: the wall-clock seconds since 1970 read as if UTC, and the UTC offset when
    /// the text gives one.
    struct Parsed {
        /// The date and time written, in seconds since 1970-01-01 00:00, ignoring any offset.
        var wallClock: Int64
        /// The offset east of UTC in seconds; `nil` for a local time without offset.
        var offset: Int32?

        /// The instant in UTC, when the offset is known.
        var utc: Int64? { offset.map { wallClock - Int64($0) } }
    }

    /// Parses a timestamp, returning `nil` for text in neither form.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed? {
        var cursor = 0
        while cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
        guard let first = number(bytes, &cursor, maxDigits: 4) else { return nil }
        guard cursor < bytes.count else { return nil }

        let year: Int
        let month: Int
        let day: Int
        if bytes[cursor] == UInt8(ascii: "-") {
            year = first
            cursor += 1
            guard let parsedMonth = number(bytes, &cursor, maxDigits: 2), expect(bytes, &cursor, "-"),
                let parsedDay = number(bytes, &cursor, maxDigits: 2)
            else { return nil }
            (month, day) = (parsedMonth, parsedDay)
        } else if bytes[cursor] == UInt8(ascii: "/") {
            cursor += 1
            guard let parsedDay = number(bytes, &cursor, maxDigits: 2), expect(bytes, &cursor, "/"),
                let parsedYear = number(bytes, &cursor, maxDigits: 4)
            else { return nil }
            (year, month, day) = (parsedYear, first, parsedDay)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day), year >= 1970 else { return nil }

        var seconds = Int64(daysSinceEpoch(year: year, month: month, day: day)) * 86_400
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "T") || bytes[cursor] == 0x20 else {
            return Parsed(wallClock: seconds, offset: nil)
        }
        cursor += 1
        guard let time = clockTime(bytes, &cursor) else { return nil }
        seconds += Int64(time)
        return Parsed(wallClock: seconds, offset: offset(bytes, &cursor))
    }

    /// Returns the days from 1970-01-01 to a proleptic Gregorian date.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    // MARK: - Private

    /// Reads `H:MM[:SS[.fff]][ AM|PM]` and returns seconds after midnight.
    private static func clockTime(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Int? {
        guard var hour = number(bytes, &cursor, maxDigits: 2), expect(bytes, &cursor, ":"),
            let minute = number(bytes, &cursor, maxDigits: 2)
        else { return nil }
        var second = 0
        if expect(bytes, &cursor, ":") {
            guard let parsed = number(bytes, &cursor, maxDigits: 2) else { return nil }
            second = parsed
        }
        if cursor < bytes.count && (bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ",")) {
            cursor += 1
            while cursor < bytes.count && isDigit(bytes[cursor]) { cursor += 1 }
        }

        var lookahead = cursor
        while lookahead < bytes.count && bytes[lookahead] == 0x20 { lookahead += 1 }
        if lookahead + 1 < bytes.count && (bytes[lookahead + 1] | 0x20) == UInt8(ascii: "m") {
            let marker = bytes[lookahead] | 0x20
            if marker == UInt8(ascii: "a") || marker == UInt8(ascii: "p") {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (marker == UInt8(ascii: "p") ? 12 : 0)
                cursor = lookahead + 2
            }
        }
        guard hour < 24, minute < 60, second < 61 else { return nil }
        return hour * 3600 + minute * 60 + min(second, 59)
    }

    /// Reads `Z`, `+HH:MM`, `+HHMM` or `+HH`, returning `nil` when there is no offset.
    private static func offset(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Int32? {
        while cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < bytes.count else { return nil }
        let sign = bytes[cursor]
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") { return 0 }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        cursor += 1
        guard let hours = number(bytes, &cursor, maxDigits: 2) else { return nil }
        _ = expect(bytes, &cursor, ":")
        let minutes = number(bytes, &cursor, maxDigits: 2) ?? 0
        let magnitude = Int32(hours * 3600 + minutes * 60)
        return sign == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while cursor < bytes.count && digits < maxDigits && isDigit(bytes[cursor]) {
            value = value * 10 + Int(bytes[cursor] &- 0x30)
            cursor += 1
            digits += 1
        }
        return digits == 0 ? nil : value
    }

    @inline(__always)
    private static func expect(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, _ character: Unicode.Scalar)
        -> Bool
    {
        guard cursor < bytes.count && bytes[cursor] == UInt8(ascii: character) else { return false }
        cursor += 1
        return true
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
