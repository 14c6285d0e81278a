/// Reads Linux auditd logs (`/var/log/audit/audit.log`): `type=TYPE msg=audit(EPOCH.MS:SERIAL): ...`.
///
/// `USER_LOGIN` and `USER_AUTH` are sign-ins, failed when `res=failed`. `ADD_USER`, `DEL_USER`,
/// `USER_MGMT` and `USER_CHAUTHTOK` are account changes, and `ADD_GROUP`, `DEL_GROUP` and `GRP_MGMT`
/// group changes, acting on `acct`. The actor is `auid` when it is set, which auditd cannot name, so
/// account changes carry no actor. Other record types count only toward the events read.
struct AuditdLogParser {
    /// The record types that are account changes, and what each did.
    static let accountActions: [(type: StaticString, action: AccountAction)] = [
        ("ADD_USER", .created), ("DEL_USER", .deleted), ("USER_MGMT", .changed), ("USER_CHAUTHTOK", .passwordChanged),
    ]

    /// Returns whether a first line looks like an auditd record.
    static func matches(_ line: Substring) -> Bool {
        line.hasPrefix("type=") && line.contains(" msg=audit(")
    }

    /// Reads one record into `event` and returns its time, or `nil` for a line without `msg=audit(`.
    func parse(_ line: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        guard let timeStart = ByteSearch.end(of: "msg=audit(", in: line) else { return nil }
        var seconds: Int64 = 0
        var index = timeStart
        while index < line.count, line[index] >= 0x30, line[index] <= 0x39 {
            seconds = seconds * 10 + Int64(line[index] - 0x30)
            index += 1
        }
        guard index > timeStart else { return nil }

        let type = ByteSearch.word(in: line, from: 5)
        let failed = ByteSearch.end(of: "res=failed", in: line) != nil
        let account = value(of: "acct=", in: line, from: index)
        if JSONCursor.equals(type, "USER_LOGIN") || JSONCursor.equals(type, "USER_AUTH") {
            event.kind = failed ? .signInFailure : .signIn
            if let account { event.user = symbols.users.intern(account) }
            if let address = value(of: "addr=", in: line, from: index), !(address.count == 1 && address[0] == 0x3F) {
                event.address = symbols.addresses.intern(address)
            }
        } else if let action = AuditdLogParser.accountActions.first(where: { JSONCursor.equals(type, $0.type) })?
            .action
        {
            event.kind = .accountChange
            event.accountAction = action
            if let account { event.target = symbols.users.intern(account) }
        } else if ["ADD_GROUP", "DEL_GROUP", "GRP_MGMT"].contains(where: { JSONCursor.equals(type, $0) }) {
            event.kind = .privilegeChange
            if let account { event.target = symbols.users.intern(account) }
        }
        return TimestampBytes.Parsed(wallClock: seconds, offset: 0)
    }

    // MARK: - Private

    /// Returns a field's value, without its quotes; a value auditd wrote in hex stays hex.
    private func value(of field: StaticString, in line: UnsafeBufferPointer<UInt8>, from start: Int)
        -> UnsafeBufferPointer<UInt8>?
    {
        guard var begin = ByteSearch.end(of: field, in: line, from: start), begin < line.count else { return nil }
        if line[begin] == 0x22 { begin += 1 }
        var stop = begin
        while stop < line.count, line[stop] != 0x22, line[stop] != 0x20, line[stop] != 0x27 { stop += 1 }
        return stop > begin ? UnsafeBufferPointer(rebasing: line[begin..<stop]) : nil
    }
}
