import EvidentCore
import FoundationEssentials

extension String {
    /// The text without leading and trailing whitespace and newlines.
    var trimmedWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<max(start, end)])
    }

    /// The text trimmed and lowercased, the form every name comparison in the checks uses.
    var comparisonKey: String {
        trimmedWhitespace.lowercased()
    }
}

/// Formats values for finding messages, so every message writes dates and counts the same way.
enum Phrase {
    /// Returns an instant as ISO 8601 in UTC to the second, for example `2026-11-28T14:03:00Z`.
    static func timestamp(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let secondsOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let day = CalendarDay(containing: instant)
        let hours = secondsOfDay / 3600
        let minutes = secondsOfDay % 3600 / 60
        let rest = secondsOfDay % 60
        return "\(day)T\(twoDigits(hours)):\(twoDigits(minutes)):\(twoDigits(rest))Z"
    }

    /// Returns a count with its noun, singular for one: `1 day`, `61 days`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// Returns items joined for a sentence: `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Returns text quoted from an export without its trailing periods, so a message that ends the
    /// sentence after it does not end with two (`FileVault is Off..`).
    static func clause(_ text: String) -> String {
        var clause = text.trimmedWhitespace
        while clause.hasSuffix(".") {
            clause.removeLast()
        }
        return clause
    }

    /// Returns the whole days in a number of seconds, rounded down.
    static func wholeDays(_ seconds: Double) -> Int {
        Int((seconds / 86_400).rounded(.down))
    }

    /// Returns an age past a limit in days, as `36 days`, or `more than 35 days` when the age in whole
    /// days equals the limit, so the message never shows an age that looks within the limit.
    static func age(_ seconds: Double, overLimit limit: Int) -> String {
        let days = wholeDays(seconds)
        return days > limit ? count(days, "day") : "more than \(count(limit, "day"))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
