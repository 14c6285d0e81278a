/// A reader of one CSV log layout, made from the file's header and then given each record.
protocol CSVLogReader: AnyObject {
    /// Reads one record into `event` and returns its time, or `nil` when the record is not an event.
    func read(_ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
}

extension EHRAccessCSVReader: CSVLogReader {}
extension EntraSignInCSVReader: CSVLogReader {}
