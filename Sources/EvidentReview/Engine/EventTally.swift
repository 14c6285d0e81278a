/// What one finding accumulates while events stream past: how many, when, and the first few events
/// to cite.
struct EventTally {
    /// The most events a finding cites; `count` still counts every one.
    static let citationLimit = 5

    /// The number of events.
    var count = 0
    /// The first event's UTC time.
    var first = Int64.max
    /// The last event's UTC time.
    var last = Int64.min
    /// The first events, as (source index, line).
    var citations: [(source: Int32, line: Int32)] = []

    /// The count as `once` or `N times`, for messages.
    var times: String { count == 1 ? "once" : "\(count) times" }

    /// Adds an event.
    mutating func add(_ event: LogEvent) {
        count += 1
        first = min(first, event.time)
        last = max(last, event.time)
        if citations.count < EventTally.citationLimit {
            citations.append((event.source, event.line))
        }
    }
}
