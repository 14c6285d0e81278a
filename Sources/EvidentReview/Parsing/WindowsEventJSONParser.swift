/// Reads Windows Security events as JSON lines, one event per line, in the renderings tools write:
/// flat NXLog-style objects (`EventID`, `TargetUserName`, `EventTime`), evtx_dump's nested `Event`
/// (`System.EventID`, `EventData.TargetUserName`, `TimeCreated.#attributes.SystemTime`) and
/// Winlogbeat's `winlog.event_id` and `winlog.event_data` with `@timestamp`.
///
/// The first occurrence of each field name at any depth wins, so the layouts need no configuration.
struct WindowsEventJSONParser {
    /// Returns whether a first line looks like a Windows event as JSON.
    static func matches(_ line: Substring) -> Bool {
        line.contains("\"EventID\"") || line.contains("\"event_id\"")
    }

    /// Reads one line into `event` and returns its time, or `nil` without an event id or time.
    func parse(_ line: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        var cursor = JSONCursor(line)
        var fields = WindowsSecurityEvent()
        var time: UnsafeBufferPointer<UInt8>?
        collect(&cursor, into: &fields, time: &time, depth: 0)
        guard !cursor.failed, fields.id > 0, let time, let parsed = TimestampBytes.parse(time) else { return nil }

        fields.fill(&event, symbols: &symbols)
        return parsed
    }

    // MARK: - Private

    /// Walks an object or array, taking the first value of each known field name.
    private func collect(
        _ cursor: inout JSONCursor, into fields: inout WindowsSecurityEvent, time: inout UnsafeBufferPointer<UInt8>?,
        depth: Int
    ) {
        if cursor.enterArray() {
            while cursor.nextElement() { collect(&cursor, into: &fields, time: &time, depth: depth + 1) }
            return
        }
        guard depth < 8, cursor.enterObject() else {
            cursor.skipValue()
            return
        }
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "EventID") || JSONCursor.equals(key, "event_id") {
                if fields.id == 0, let value = cursor.scalarValue() { fields.id = Int(decimal: value) }
            } else if JSONCursor.equals(key, "TargetUserName") {
                fields.target = fields.target ?? cursor.stringValue()
            } else if JSONCursor.equals(key, "SubjectUserName") {
                fields.subject = fields.subject ?? cursor.stringValue()
            } else if JSONCursor.equals(key, "MemberName") {
                fields.member = fields.member ?? cursor.stringValue()
            } else if JSONCursor.equals(key, "IpAddress") {
                fields.address = fields.address ?? cursor.stringValue()
            } else if JSONCursor.equals(key, "SystemTime") || JSONCursor.equals(key, "@timestamp")
                || JSONCursor.equals(key, "EventTime") || JSONCursor.equals(key, "TimeCreated"),
                cursor.peek() == UInt8(ascii: "\"")
            {
                time = time ?? cursor.stringValue()
            } else if cursor.peek() == UInt8(ascii: "{") || cursor.peek() == UInt8(ascii: "[") {
                collect(&cursor, into: &fields, time: &time, depth: depth + 1)
            } else {
                cursor.skipValue()
            }
        }
    }
}

extension Int {
    /// Reads the decimal digits at the start of bytes, such as `4624` or the `4624` of `"4624"`.
    fileprivate init(decimal bytes: UnsafeBufferPointer<UInt8>) {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            value = value * 10 + Int(byte - 0x30)
        }
        self = value
    }
}
