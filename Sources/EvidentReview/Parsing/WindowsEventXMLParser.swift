/// Reads Windows Security events rendered as XML: `wevtutil qe Security /f:xml` (a sequence of
/// `<Event>` elements without a root) or Event Viewer's "Save as XML" (wrapped in `<Events>`).
///
/// The event ids read are 4624 sign-in and 4625 failed sign-in (`TargetUserName`, `IpAddress`) and
/// 4740 lockout. 4720, 4722, 4725, 4726, 4738 and 4767 are account changes, and 4728, 4729, 4732,
/// 4733, 4756 and 4757 group membership changes (`SubjectUserName` on `MemberName` or
/// `TargetUserName`). 1102 is an audit log cleared. Computer accounts (ending in `$`) and the empty
/// `-` are not accounts here.
///
/// Some providers and event forwarding write `<Data>` without a `Name`. For 4624 and 4625 the
/// parser then takes the fields by their position in the event's template: `SubjectUserName` is
/// the second, `TargetUserName` the sixth, and `IpAddress` the nineteenth of 4624 and the twentieth
/// of 4625. Other events with unnamed data give an event without accounts.
struct WindowsEventXMLParser {
    /// Returns whether the first bytes of a file look like Windows event XML.
    static func matches(_ head: String) -> Bool {
        head.contains("<Event") && head.contains("schemas.microsoft.com/win/2004/08/events/event")
    }

    /// Reads one `<Event>...</Event>` element into `event` and returns its time, or `nil` for an
    /// element without `TimeCreated`.
    func parse(_ element: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        guard let timeStart = ByteSearch.end(of: "SystemTime=", in: element), timeStart < element.count else {
            return nil
        }
        let quote = element[timeStart]
        var timeEnd = timeStart + 1
        while timeEnd < element.count && element[timeEnd] != quote { timeEnd += 1 }
        guard let time = TimestampBytes.parse(UnsafeBufferPointer(rebasing: element[(timeStart + 1)..<timeEnd]))
        else { return nil }

        var fields = WindowsSecurityEvent()
        fields.id = eventID(element)
        fields.target = value(named: "TargetUserName", in: element)
        fields.subject = value(named: "SubjectUserName", in: element)
        fields.member = value(named: "MemberName", in: element)
        fields.address = value(named: "IpAddress", in: element)
        if fields.target == nil, fields.id == 4624 || fields.id == 4625 {
            fields.subject = unnamedData(at: 1, in: element)
            fields.target = unnamedData(at: 5, in: element)
            fields.address = unnamedData(at: fields.id == 4624 ? 18 : 19, in: element)
        }
        fields.fill(&event, symbols: &symbols)
        return time
    }

    // MARK: - Private

    private func eventID(_ element: UnsafeBufferPointer<UInt8>) -> Int {
        guard let tag = ByteSearch.end(of: "<EventID", in: element),
            let close = ByteSearch.end(of: ">", in: element, from: tag)
        else { return 0 }
        var id = 0
        var index = close
        while index < element.count, element[index] >= 0x30, element[index] <= 0x39 {
            id = id * 10 + Int(element[index] - 0x30)
            index += 1
        }
        return id
    }

    /// Returns the text of the `<Data>` element without a name at a zero-based position, counting
    /// only unnamed ones.
    private func unnamedData(at position: Int, in element: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var search = 0
        var seen = 0
        while let start = ByteSearch.end(of: "<Data>", in: element, from: search) {
            var stop = start
            while stop < element.count, element[stop] != UInt8(ascii: "<") { stop += 1 }
            if seen == position { return UnsafeBufferPointer(rebasing: element[start..<stop]) }
            seen += 1
            search = stop
        }
        return nil
    }

    /// Returns the text after `NAME'>`, `NAME">` or `<NAME>` up to the next `<`.
    private func value(named name: StaticString, in element: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>?
    {
        var search = 0
        while let found = ByteSearch.end(of: name, in: element, from: search) {
            search = found
            var start = found
            if start < element.count, element[start] == 0x27 || element[start] == 0x22 { start += 1 }
            guard start < element.count, element[start] == UInt8(ascii: ">") else { continue }
            start += 1
            var stop = start
            while stop < element.count, element[stop] != UInt8(ascii: "<") { stop += 1 }
            return UnsafeBufferPointer(rebasing: element[start..<stop])
        }
        return nil
    }
}
