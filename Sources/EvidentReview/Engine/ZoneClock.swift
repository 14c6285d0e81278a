import Foundation

/// Converts between UTC and one time zone's wall clock, caching the offset per hour because asking
/// Foundation for every event of a multi-gigabyte log would dominate the run time.
struct ZoneClock {
    /// A local date and time: the day number since 1970-01-01, the ISO weekday (1 Monday to 7
    /// Sunday), and the minute after midnight.
    struct LocalTime {
        var day: Int64
        var weekday: Int
        var minute: Int
    }

    private let zone: TimeZone
    private var cachedHour = Int64.min
    private var cachedOffset: Int64 = 0

    /// Creates a clock for an IANA zone name, or returns `nil` when the system does not know it.
    init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    /// Returns the zone's offset east of UTC, in seconds, at a UTC instant.
    mutating func offset(atUTC utc: Int64) -> Int64 {
        let hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600
        if hour != cachedHour {
            cachedHour = hour
            cachedOffset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour * 3600))))
        }
        return cachedOffset
    }

    /// Returns the UTC instant of a wall-clock time in this zone. In the hour a daylight-saving change
    /// repeats, the earlier offset wins.
    mutating func utc(fromWallClock wallClock: Int64) -> Int64 {
        let guess = offset(atUTC: wallClock)
        return wallClock - offset(atUTC: wallClock - guess)
    }

    /// Returns the local date and time of a UTC instant.
    mutating func localTime(atUTC utc: Int64) -> LocalTime {
        let local = utc + offset(atUTC: utc)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let minute = Int((local - day * 86_400) / 60)
        // 1970-01-01 was a Thursday, ISO weekday 4.
        let weekday = Int(((day % 7) + 7 + 3) % 7) + 1
        return LocalTime(day: day, weekday: weekday, minute: minute)
    }
}
