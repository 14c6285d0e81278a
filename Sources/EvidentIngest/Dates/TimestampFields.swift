import EvidentCore
import FoundationEssentials

/// The parts of a timestamp as written, before they are checked and turned into an instant.
struct TimestampFields {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// The fraction of a second, 0 up to but excluding 1.
    var fraction = 0.0
    /// The offset from UTC in seconds; `nil` when the value names no zone and is read as UTC.
    var offsetSeconds: Int?

    var hasValidDay: Bool {
        CalendarDay(year: year, month: month, day: day) != nil
    }

    var hasValidTime: Bool {
        (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
    }

    /// Converts the fields to an instant, `.never` for a sentinel, or `.invalid` for a day that does
    /// not exist.
    func timestamp(value: String) -> ParsedTimestamp {
        guard let calendarDay = CalendarDay(year: year, month: month, day: day) else {
            return .invalid(value: value, reason: TimestampFormError.dayDoesNotExist.message(for: value, locale: .enUS))
        }
        let secondsOfDay = hour * 3600 + minute * 60 + second - (offsetSeconds ?? 0)
        let seconds = Double(calendarDay.daysSinceEpoch) * 86_400 + Double(secondsOfDay) + fraction
        return TimestampParser.classify(Date(timeIntervalSince1970: seconds))
    }
}

/// The reasons a cell is not a timestamp.
enum TimestampFormError: Error {
    /// The text matches none of the supported forms.
    case unrecognized
    /// The form matches, but the day does not exist in either order.
    case dayDoesNotExist
    /// The hour, minute or second is out of range.
    case timeOutOfRange
    /// The day does not exist in the configured order but does in the other one.
    case fitsOtherOrder

    /// Returns a message for the user that names the value and what to do.
    func message(for value: String, locale: ExportLocale) -> String {
        switch self {
        case .unrecognized:
            return "'\(value)' is not a timestamp in a supported form "
                + "(ISO 8601, M/d/yyyy h:mm:ss AM, M/d/yyyy HH:mm:ss, yyyy/MM/dd HH:mm:ss or /Date(ms)/)"
        case .dayDoesNotExist:
            return "'\(value)' names a day that does not exist"
        case .timeOutOfRange:
            return "'\(value)' has a time of day out of range"
        case .fitsOtherOrder:
            let order = locale.isDayFirst ? "day-first" : "month-first"
            let fix = locale.isDayFirst ? "export_locale: en-US" : "export_locale: en-GB (or en-AU)"
            return "'\(value)' is not a valid \(order) date for export locale \(locale.rawValue) but reads as a date "
                + "in the other order; if the exporting tool writes dates that way, set \(fix) in evident.yaml"
        }
    }
}
