/// The hours a site is open, in its local time. Access outside them is reported as after-hours.
public struct WorkingHours: Hashable, Sendable {
    /// Minutes after local midnight when work starts.
    public var startMinute: Int
    /// Minutes after local midnight when work ends; access at or after it is after hours.
    public var endMinute: Int
    /// The working days, 1 for Monday through 7 for Sunday (ISO 8601 numbering).
    public var days: Set<Int>

    /// Creates working hours; the default is 07:00 to 19:00, Monday to Friday.
    public init(startMinute: Int = 7 * 60, endMinute: Int = 19 * 60, days: Set<Int> = [1, 2, 3, 4, 5]) {
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.days = days
    }

    /// Returns whether a local time falls inside the working hours.
    ///
    /// - Parameters:
    ///   - weekday: 1 for Monday through 7 for Sunday.
    ///   - minute: Minutes after local midnight.
    public func contains(weekday: Int, minute: Int) -> Bool {
        guard days.contains(weekday) else { return false }
        if startMinute <= endMinute {
            return minute >= startMinute && minute < endMinute
        }
        // A night shift such as 19:00 to 07:00 wraps past midnight.
        return minute >= startMinute || minute < endMinute
    }

    /// The day names `days` accepts in `evident.yaml`, indexed from Monday.
    public static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}
