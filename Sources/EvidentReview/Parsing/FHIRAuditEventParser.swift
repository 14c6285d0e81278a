/// Reads the fields the rules use from one FHIR AuditEvent, R4 or R5, given as the bytes of its JSON
/// object.
///
/// R4 and R5 are distinguished by `outcome`: a code string in R4 (`"0"` success, `"4"`, `"8"`, `"12"`
/// failures) and an object with `code` in R5. The acting user is the agent with `requestor: true`,
/// else the first agent that names someone. The patient is the entity whose `what` references
/// `Patient/...`, else R5's `patient`.
enum FHIRAuditEventParser {
    /// The DICOM event type of user authentication (sign-in and sign-out).
    static let userAuthentication: StaticString = "110114"
    /// The DICOM event subtype of a sign-out, which the rules do not count as a sign-in.
    static let logout: StaticString = "110123"
    /// The DICOM event types of security attribute and role changes.
    static let securityChanges: [StaticString] = ["110136", "110137"]

    /// Parses one AuditEvent into `event` and returns its `recorded` time, or `nil` when the object is
    /// not an AuditEvent or has no readable `recorded`.
    static func parse(
        _ object: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent
    ) -> TimestampBytes.Parsed? {
        var cursor = JSONCursor(object)
        guard cursor.enterObject() else { return nil }

        var fields = Fields()
        while let key = cursor.nextKey() {
            switch key.first {
            case UInt8(ascii: "r") where JSONCursor.equals(key, "recorded"):
                fields.recorded = cursor.stringValue()
            case UInt8(ascii: "r") where JSONCursor.equals(key, "resourceType"):
                fields.isAuditEvent = cursor.stringValue().map { JSONCursor.equals($0, "AuditEvent") } ?? false
            case UInt8(ascii: "a") where JSONCursor.equals(key, "agent"):
                readAgents(&cursor, into: &fields)
            case UInt8(ascii: "e") where JSONCursor.equals(key, "entity"):
                readEntities(&cursor, into: &fields)
            case UInt8(ascii: "o") where JSONCursor.equals(key, "outcome"):
                fields.succeeded = readOutcome(&cursor)
            case UInt8(ascii: "t") where JSONCursor.equals(key, "type"),
                UInt8(ascii: "c") where JSONCursor.equals(key, "category"),
                UInt8(ascii: "c") where JSONCursor.equals(key, "code"):
                fields.eventType = fields.eventType ?? FHIRCodes.firstCode(&cursor)
            case UInt8(ascii: "s") where JSONCursor.equals(key, "subtype"):
                fields.subtype = FHIRCodes.firstCode(&cursor)
            case UInt8(ascii: "s") where JSONCursor.equals(key, "source"):
                fields.site = FHIRCodes.site(&cursor)
            case UInt8(ascii: "p") where JSONCursor.equals(key, "patient"):
                fields.patientReference = FHIRCodes.reference(&cursor).reference
            default:
                cursor.skipValue()
            }
        }
        guard !cursor.failed, fields.isAuditEvent, let recorded = fields.recorded,
            let time = TimestampBytes.parse(recorded)
        else { return nil }

        fields.fill(&event, symbols: &symbols)
        return time
    }

    // MARK: - Private

    private static func readAgents(_ cursor: inout JSONCursor, into fields: inout Fields) {
        guard cursor.enterArray() else { return cursor.skipValue() }
        while cursor.nextElement() {
            let agent = FHIRAgent.read(&cursor)
            guard agent.user != nil else { continue }
            if agent.isRequestor || fields.user == nil {
                if fields.userIsRequestor && !agent.isRequestor { continue }
                fields.user = agent.user
                fields.address = agent.address ?? fields.address
                fields.userIsRequestor = agent.isRequestor
            }
        }
    }

    private static func readEntities(_ cursor: inout JSONCursor, into fields: inout Fields) {
        guard cursor.enterArray() else { return cursor.skipValue() }
        while cursor.nextElement() {
            guard cursor.enterObject() else {
                cursor.skipValue()
                continue
            }
            var what = FHIRCodes.Reference()
            var name: UnsafeBufferPointer<UInt8>?
            while let key = cursor.nextKey() {
                if JSONCursor.equals(key, "what") {
                    what = FHIRCodes.reference(&cursor)
                } else if JSONCursor.equals(key, "name") {
                    name = cursor.stringValue()
                } else {
                    cursor.skipValue()
                }
            }
            if fields.patientReference == nil, let reference = what.reference, FHIRCodes.isPatient(reference) {
                fields.patientReference = reference
                fields.patientName = name ?? what.display
            }
        }
    }

    /// Returns whether the outcome is success: R4 `"0"`, or R5 `outcome.code.code` of `0`.
    private static func readOutcome(_ cursor: inout JSONCursor) -> Bool {
        if cursor.peek() == UInt8(ascii: "\"") {
            return cursor.stringValue().map { JSONCursor.equals($0, "0") } ?? true
        }
        guard cursor.enterObject() else {
            cursor.skipValue()
            return true
        }
        var succeeded = true
        while let key = cursor.nextKey() {
            if JSONCursor.equals(key, "code"), let code = FHIRCodes.firstCode(&cursor) {
                succeeded = JSONCursor.equals(code, "0") || JSONCursor.equals(code, "success")
            } else {
                cursor.skipValue()
            }
        }
        return succeeded
    }
}
