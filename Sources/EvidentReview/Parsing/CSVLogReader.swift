/// A reader of one CSV log layout, made from the file's header and then given each record.
///
/// Readers reuse a field list between records. They are structs with a mutating `read`, because a
/// class property would cost a run-time exclusivity check on every record.
protocol CSVLogReader {
    /// Reads one record into `event` and returns its time, or `nil` when the record is not an event.
    mutating func read(_ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
}

extension EHRAccessCSVReader: CSVLogReader {}
extension EntraSignInCSVReader: CSVLogReader {}
