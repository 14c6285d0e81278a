/// Reads one Microsoft 365 unified audit log record, whichever export carried it.
///
/// The CSV exports put the record in an `AuditData` column as a JSON string. In JSON, the Management
/// Activity API writes the record's fields at the top level, other JSON exports nest them in an
/// `AuditData` object, and `Search-UnifiedAuditLog | ConvertTo-Json` keeps `AuditData` as a JSON
/// string inside the JSON. The parser reads all three. Name/value bags such as `ExtendedProperties`
/// and `ModifiedProperties` are skipped whole, so their `Name` and `Value` members never replace a
/// field of the record.
///
/// From the record it takes `CreationTime` (UTC, written without `Z`), `UserId`, `ClientIP` (else
/// `ActorIpAddress`), `Operation` and `ObjectId`. `UserLoggedIn` is a sign-in and `UserLoginFailed` a
/// failed one. `Add member to role.` and `Remove member from role.` are privilege changes, and user
/// and account operations such as `Add user.`, `Delete user.` and `Disable account.` account changes.
enum UnifiedAuditRecordParser {
    /// The account operations, lowercased, and what each did.
    static let accountActions: [String: AccountAction] = [
        "add user.": .created, "delete user.": .deleted, "update user.": .changed, "disable account.": .disabled,
        "enable account.": .enabled, "reset user password.": .passwordChanged,
    ]

    /// Returns whether the first bytes of a JSON file look like unified audit log records.
    static func matches(_ head: String) -> Bool {
        head.contains("\"AuditData\"")
            || (head.contains("\"CreationTime\"") && head.contains("\"Operation\"") && head.contains("\"Workload\""))
    }

    /// Reads one record object into `event` and returns its time, or `nil` for a record without a
    /// readable `CreationTime` or with invalid JSON.
    ///
    /// - Parameter nested: Whether `json` is already the `AuditData` of an outer record. The record
    ///   inside `AuditData` is read, but an `AuditData` inside that one is not, which bounds recursion.
    static func parse(
        _ json: UnsafeBufferPointer<UInt8>, nested: Bool = false, symbols: inout ReviewSymbols, event: inout LogEvent
    ) -> TimestampBytes.Parsed? {
        var cursor = JSONCursor(json)
        guard cursor.enterObject() else { return nil }
        var fields = Fields()
        var inner: TimestampBytes.Parsed?
        while let key = cursor.nextKey() {
            if !nested, JSONCursor.equals(key, "AuditData") {
                inner = parseAuditData(&cursor, symbols: &symbols, event: &event)
            } else {
                fields.read(key, from: &cursor)
            }
        }
        guard !cursor.failed else { return nil }
        if let inner { return inner }
        return fields.fill(&event, symbols: &symbols)
    }

    // MARK: - Private

    /// Reads an `AuditData` member that is an object or a string containing an object.
    private static func parseAuditData(
        _ cursor: inout JSONCursor, symbols: inout ReviewSymbols, event: inout LogEvent
    ) -> TimestampBytes.Parsed? {
        if cursor.peek() == UInt8(ascii: "{") {
            guard let object = cursor.rawValue() else { return nil }
            return parse(object, nested: true, symbols: &symbols, event: &event)
        }
        guard let raw = cursor.stringValue() else { return nil }
        let text = JSONString.unescaped(raw)
        return text.withUnsafeBufferPointer { parse($0, nested: true, symbols: &symbols, event: &event) }
    }

    /// The fields of one record, held until the whole object has been read.
    private struct Fields {
        var time: TimestampBytes.Parsed?
        var operation: UnsafeBufferPointer<UInt8>?
        var user: UnsafeBufferPointer<UInt8>?
        var address: UnsafeBufferPointer<UInt8>?
        var object: UnsafeBufferPointer<UInt8>?

        mutating func read(_ key: UnsafeBufferPointer<UInt8>, from cursor: inout JSONCursor) {
            if JSONCursor.equals(key, "CreationTime") {
                time = cursor.stringValue().flatMap(TimestampBytes.parse)
            } else if JSONCursor.equals(key, "Operation") {
                operation = cursor.stringValue()
            } else if JSONCursor.equals(key, "UserId") {
                user = cursor.stringValue()
            } else if JSONCursor.equals(key, "ClientIP") || (address == nil && JSONCursor.equals(key, "ActorIpAddress"))
            {
                address = cursor.stringValue()
            } else if JSONCursor.equals(key, "ObjectId") {
                object = cursor.stringValue()
            } else {
                cursor.skipValue()
            }
        }

        func fill(_ event: inout LogEvent, symbols: inout ReviewSymbols) -> TimestampBytes.Parsed? {
            guard var time else { return nil }
            // CreationTime is UTC although it is written without a zone.
            if time.offset == nil { time.offset = 0 }

            if let user { event.user = ReviewSymbols.intern(jsonString: user, in: &symbols.users) }
            let name = operation.map { String(decoding: $0, as: UTF8.self).lowercased() } ?? ""
            switch name {
            case "userloggedin", "userloginfailed":
                event.kind = name == "userloggedin" ? .signIn : .signInFailure
                if let address { event.address = ReviewSymbols.intern(jsonString: address, in: &symbols.addresses) }
            case "add member to role.", "remove member from role.", "add member to group.",
                "remove member from group.":
                event.kind = .privilegeChange
                if let object { event.target = ReviewSymbols.intern(jsonString: object, in: &symbols.users) }
            case "add user.", "delete user.", "update user.", "disable account.", "enable account.",
                "reset user password.":
                event.kind = .accountChange
                event.accountAction = UnifiedAuditRecordParser.accountActions[name] ?? .changed
                if let object { event.target = ReviewSymbols.intern(jsonString: object, in: &symbols.users) }
            default:
                event.kind = .other
            }
            return time
        }
    }
}
