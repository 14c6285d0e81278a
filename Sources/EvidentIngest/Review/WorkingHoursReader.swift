import EvidentCore

/// Reads a `working_hours` mapping: `start` and `end` as `HH:MM`, and `days` as `mon` to `sun`.
enum WorkingHoursReader {
    /// Parses the mapping; absent keys keep the defaults of `WorkingHours`.
    static func read(_ hours: YAMLMapping, warnings: inout [String]) throws(YAMLError) -> WorkingHours {
        warnings += hours.unknownKeyWarnings(known: ["start", "end", "days"])
        var result = WorkingHours()
        if let start = try hours.string("start") { result.startMinute = try minute(start, hours, "start") }
        if let end = try hours.string("end") { result.endMinute = try minute(end, hours, "end") }
        if hours.node("days") != nil {
            var days: Set<Int> = []
            for name in try hours.strings("days") {
                guard let index = WorkingHours.dayNames.firstIndex(of: String(name.lowercased().prefix(3))) else {
                    throw .invalidValue(
                        path: hours.path, line: hours.line(of: "days"), key: hours.qualified("days"),
                        found: "\"\(name)\"", expected: "day names mon, tue, wed, thu, fri, sat, sun")
                }
                days.insert(index + 1)
            }
            result.days = days
        }
        return result
    }

    private static func minute(_ text: String, _ hours: YAMLMapping, _ key: String) throws(YAMLError) -> Int {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour),
            (0..<60).contains(minute), hour * 60 + minute <= 1440
        else {
            throw .invalidValue(
                path: hours.path, line: hours.line(of: key), key: hours.qualified(key), found: "\"\(text)\"",
                expected: "a time of day as HH:MM, such as 07:30")
        }
        return hour * 60 + minute
    }
}
