/// Formats review times, kept as seconds since 1970-01-01 UTC, as ISO 8601 text.
public enum ReviewTime {
    /// Returns `YYYY-MM-DDTHH:MM:SSZ`.
    public static func iso8601(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let remainder = Int(seconds - days * 86_400)
        return day(days) + "T" + pad(remainder / 3600) + ":" + pad(remainder / 60 % 60) + ":" + pad(remainder % 60)
            + "Z"
    }

    /// Returns `YYYY-MM-DD` of the UTC day that contains an instant.
    public static func day(ofInstant seconds: Int64) -> String {
        day(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    // MARK: - Private

    /// Converts a day number to a civil date (the inverse of `TimestampBytes.daysSinceEpoch`).
    private static func day(_ days: Int64) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-" + pad(Int(month)) + "-" + pad(Int(day))
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
