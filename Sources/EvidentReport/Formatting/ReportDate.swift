import FoundationEssentials

/// The text form of instants in every report: ISO 8601 in UTC to the second, for example
/// `2026-03-01T14:05:09Z`.
///
/// Fractions of a second are dropped, so two renderings of one instant never differ.
enum ReportDate {
    private static let style = Date.ISO8601FormatStyle()

    /// Formats an instant as `YYYY-MM-DDTHH:MM:SSZ`.
    static func text(_ date: Date) -> String {
        style.format(date)
    }

    /// Formats an instant for a table, `YYYY-MM-DD HH:MM:SS` (UTC), which is shorter to scan.
    static func tableText(_ date: Date) -> String {
        String(text(date).dropLast().replacing("T", with: " "))
    }
}
