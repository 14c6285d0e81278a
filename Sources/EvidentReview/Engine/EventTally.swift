/// What one finding accumulates while events stream past: how many, when, and the first few events
/// to cite.
///
/// The citations sit inline rather than in an array, so starting a tally allocates nothing. The
/// bulk-access rule starts one for every account-hour.
struct EventTally {
    /// The most events a finding cites; `count` still counts every one.
    static let citationLimit = 5

    /// The log index (among the logs reviewed) and line of one cited event.
    typealias Citation = (source: Int32, line: Int32)

    /// The number of events.
    var count = 0
    /// The first event's UTC time.
    var first = Int64.max
    /// The last event's UTC time.
    var last = Int64.min
    private var cited = InlineArray<5, Citation>(repeating: (0, 0))

    /// The first events, in the order they were read.
    var citations: [Citation] {
        (0..<min(count, EventTally.citationLimit)).map { cited[$0] }
    }

    /// The count as `once` or `N times`, for messages.
    var times: String { count == 1 ? "once" : "\(count) times" }

    /// Adds an event.
    mutating func add(_ event: LogEvent) {
        if count < EventTally.citationLimit {
            cited[count] = (event.source, event.line)
        }
        count += 1
        first = min(first, event.time)
        last = max(last, event.time)
    }
}
