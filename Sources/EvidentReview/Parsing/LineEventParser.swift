/// A parser that reads one audit event from one line of a log, such as an `auth.log` line or a JSON
/// line of Windows events.
protocol LineEventParser {
    /// Reads one line into `event` and returns its time, or `nil` for a line that is not an event.
    func parse(_ line: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
}

extension AuthLogParser: LineEventParser {}
extension WindowsEventJSONParser: LineEventParser {}
extension AuditdLogParser: LineEventParser {}
