import FoundationEssentials

/// The text form of instants in the store: ISO 8601 in UTC with milliseconds, for example
/// `2026-03-01T14:05:09.120Z`.
///
/// Text sorts in time order and reads the same in SQLite and PostgreSQL. Precision below a
/// millisecond is dropped.
enum StoreTimestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Formats an instant.
    static func text(_ date: Date) -> String {
        style.format(date)
    }

    /// Parses text written by `text(_:)`, or `nil` when it is not in that form.
    static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }
}
