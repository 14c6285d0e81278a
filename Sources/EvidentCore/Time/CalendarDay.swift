import FoundationEssentials

/// A calendar date without a time of day, in the proleptic Gregorian calendar.
///
/// Workspace files and attestations record days (`as_of`, `performed`, `baa_expires`), not instants,
/// so ages of such records are counted in whole days between two `CalendarDay` values.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// The year, for example 2026.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int
    /// The day of the month, 1 through 31.
    public let day: Int

    /// Creates a day after checking that it exists in the calendar.
    ///
    /// - Returns: `nil` when the day does not exist, for example February 30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        guard day <= CalendarDay.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the UTC day that contains an instant.
    public init(containing instant: Date) {
        let days = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))
        self = CalendarDay(daysSinceEpoch: days)
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
    ///
    /// - Returns: `nil` when the text is not in that form or names a day that does not exist.
    public init?(iso8601 text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Returns what a value that `init(iso8601:)` rejected should have been, for error messages:
    /// text in the `YYYY-MM-DD` form that names no real day (2026-02-30) needs a different fix from
    /// text in another form (02/03/2026).
    public static func expectation(forInvalid text: some StringProtocol) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let hasISOForm =
            parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        return hasISOForm
            ? "a day that exists in the calendar (this month has fewer days, or no such month)" : "a date as YYYY-MM-DD"
    }

    /// The number of days since 1970-01-01; negative before it.
    public var daysSinceEpoch: Int {
        // Days-from-civil algorithm (Howard Hinnant), exact for every Gregorian date.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The instant at which this day starts, midnight UTC.
    public var start: Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
    }

    /// The instant at which this day ends, which is midnight UTC of the next day.
    public var end: Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch + 1) * 86_400)
    }

    /// Returns the number of days from this day to `other`; negative when `other` is earlier.
    public func days(to other: CalendarDay) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Returns the day `count` days after this one (before it when `count` is negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// Returns whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Returns the number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: - Private

    private init(daysSinceEpoch days: Int) {
        // Civil-from-days, the inverse of `daysSinceEpoch`.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }
}

extension CalendarDay: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return paddedYear + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }
}

extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found '\(text)'")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
