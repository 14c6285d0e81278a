/// Reads Linux `auth.log` and `secure` lines: `TIMESTAMP HOST PROGRAM[PID]: MESSAGE`.
///
/// The timestamp is RFC 3339 (`2019-06-14T13:01:15.412+01:30`) or the classic syslog form
/// (`Feb 22 16:45:20`), which has no year and no zone: it is read as local time in the year that puts
/// it at most a day after `now`. Recognized messages: sshd's `Accepted ... for USER from ADDRESS`
/// (sign-in), `Failed password for [invalid user] USER from ADDRESS` (failed sign-in), pam_faillock's
/// `... locked` (lockout), `useradd`/`userdel`/`passwd` account changes and `usermod`/`gpasswd` group
/// changes. Other lines are read as activity of no kind and count only toward the event total.
struct AuthLogParser {
    private let currentYear: Int
    private let now: Int64

    /// Creates a parser that infers syslog years relative to `now`, in seconds since 1970 UTC.
    init(now: Int64) {
        self.now = now
        let day = Int(now / 86_400)
        var year = 1970 + day / 366
        while TimestampBytes.daysSinceEpoch(year: year + 1, month: 1, day: 1) <= day { year += 1 }
        self.currentYear = year
    }

    /// Returns whether a first line looks like an auth log line.
    static func matches(_ line: Substring) -> Bool {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let startsWithSyslogTime = months.contains { line.hasPrefix($0 + " ") }
        let startsWithISOTime = line.prefix(11).last == "T" && line.first?.isNumber == true
        return (startsWithSyslogTime || startsWithISOTime) && line.contains(": ")
    }

    /// Reads one line into `event` and returns its time, or `nil` for a line without a readable time.
    func parse(_ line: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        guard let (time, messageStart) = timestamp(line) else { return nil }
        guard let colon = ByteSearch.end(of: ": ", in: line, from: messageStart) else { return time }
        let message = UnsafeBufferPointer(rebasing: line[colon...])

        if let start = ByteSearch.end(of: "Accepted ", in: message),
            let user = ByteSearch.end(of: " for ", in: message, from: start)
        {
            event.kind = .signIn
            event.user = symbols.users.intern(ByteSearch.word(in: message, from: user))
            if let from = ByteSearch.end(of: " from ", in: message, from: user) {
                event.address = symbols.addresses.intern(ByteSearch.word(in: message, from: from))
            }
        } else if var user = ByteSearch.end(of: "Failed password for ", in: message) {
            user = ByteSearch.end(of: "invalid user ", in: message, from: user) ?? user
            event.kind = .signInFailure
            event.user = symbols.users.intern(ByteSearch.word(in: message, from: user))
            if let from = ByteSearch.end(of: " from ", in: message, from: user) {
                event.address = symbols.addresses.intern(ByteSearch.word(in: message, from: from))
            }
        } else if ByteSearch.end(of: "locked", in: message) != nil, let user = ByteSearch.end(of: "user ", in: message)
        {
            event.kind = .lockout
            event.user = symbols.users.intern(ByteSearch.word(in: message, from: user))
        } else {
            readAccountChange(message, symbols: &symbols, event: &event)
        }
        return time
    }

    // MARK: - Private

    /// The text before the account name in each account change line, and what the change did.
    private static let accountChanges: [(marker: StaticString, action: AccountAction)] = [
        ("new user: name=", .created), ("delete user '", .deleted), ("password changed for ", .passwordChanged),
    ]

    /// Reads `new user: name=X`, `delete user 'X'`, `password changed for X` and
    /// `add 'X' to group 'G'`; the actor is unknown in these lines.
    private func readAccountChange(
        _ message: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent
    ) {
        if let (target, action) = Self.accountChanges.lazy.compactMap({ marker, action in
            ByteSearch.end(of: marker, in: message).map { ($0, action) }
        }).first {
            event.kind = .accountChange
            event.accountAction = action
            event.target = symbols.users.intern(ByteSearch.word(in: message, from: target))
        } else if let target = ByteSearch.end(of: "add '", in: message),
            ByteSearch.end(of: "to group", in: message) != nil
        {
            event.kind = .privilegeChange
            event.target = symbols.users.intern(ByteSearch.word(in: message, from: target))
        }
    }

    /// Returns the line's time and the index where the host name starts.
    private func timestamp(_ line: UnsafeBufferPointer<UInt8>) -> (TimestampBytes.Parsed, Int)? {
        guard line.count > 15 else { return nil }
        if line[0] >= 0x30 && line[0] <= 0x39 {
            let token = ByteSearch.word(in: line, from: 0)
            guard let parsed = TimestampBytes.parse(token) else { return nil }
            return (parsed, token.count + 1)
        }

        let months: [StaticString] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        let head = UnsafeBufferPointer(rebasing: line[0..<3])
        guard let month = months.firstIndex(where: { JSONCursor.equals(head, $0) }) else { return nil }
        let day = (line[4] == 0x20 ? 0 : Int(line[4] &- 0x30)) * 10 + Int(line[5] &- 0x30)
        let clock = UnsafeBufferPointer(rebasing: line[7..<15])
        guard (1...31).contains(day), var parsed = TimestampBytes.parse(Array("1970-01-01T".utf8) + Array(clock))
        else { return nil }

        var year = currentYear
        var wallClock = Int64(TimestampBytes.daysSinceEpoch(year: year, month: month + 1, day: day)) * 86_400
        if wallClock > now + 86_400 {
            year -= 1
            wallClock = Int64(TimestampBytes.daysSinceEpoch(year: year, month: month + 1, day: day)) * 86_400
        }
        parsed.wallClock += wallClock
        return (parsed, 16)
    }
}

extension TimestampBytes {
    /// Parses a timestamp held in an array.
    fileprivate static func parse(_ bytes: [UInt8]) -> Parsed? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }
}
