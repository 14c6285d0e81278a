/// The fields of a Windows Security event the rules use, whichever rendering (XML or JSON) they came
/// from, and the mapping of event ids to kinds of activity.
struct WindowsSecurityEvent {
    static let accountChanges: Set<Int> = [4720, 4722, 4725, 4726, 4738, 4767]
    /// The action of each account change event id; 4738 is "a user account was changed".
    static let accountActions: [Int: AccountAction] = [
        4720: .created, 4722: .enabled, 4725: .disabled, 4726: .deleted, 4738: .changed, 4767: .unlocked,
    ]
    static let groupChanges: Set<Int> = [4728, 4729, 4732, 4733, 4756, 4757]

    var id = 0
    var target: UnsafeBufferPointer<UInt8>?
    var subject: UnsafeBufferPointer<UInt8>?
    var member: UnsafeBufferPointer<UInt8>?
    var address: UnsafeBufferPointer<UInt8>?

    /// Sets the event's kind, accounts and address from the event id: 4624 and 4625 sign-ins, 4740
    /// lockout, 1102 audit log cleared, account and group changes, and anything else as other.
    func fill(_ event: inout LogEvent, symbols: inout ReviewSymbols) {
        let target = account(target, &symbols)
        let subject = account(subject, &symbols)
        switch id {
        case 4624, 4625:
            event.kind = id == 4624 ? .signIn : .signInFailure
            event.user = target
            if let address, !isEmpty(address) { event.address = symbols.addresses.intern(address) }
        case 4740:
            event.kind = .lockout
            event.user = target
        case 1102:
            event.kind = .auditLogCleared
            event.user = subject
        case let id where WindowsSecurityEvent.accountChanges.contains(id):
            event.kind = .accountChange
            event.accountAction = WindowsSecurityEvent.accountActions[id] ?? .changed
            (event.user, event.target) = (subject, target)
        case let id where WindowsSecurityEvent.groupChanges.contains(id):
            event.kind = .privilegeChange
            let member = account(member, &symbols)
            (event.user, event.target) = (subject, member >= 0 ? member : target)
        default:
            event.kind = .other
        }
    }

    // MARK: - Private

    /// Interns an account, or returns `none` for `-` and computer accounts ending in `$`.
    private func account(_ value: UnsafeBufferPointer<UInt8>?, _ symbols: inout ReviewSymbols) -> Int32 {
        guard let value, !isEmpty(value), value.last != UInt8(ascii: "$") else { return SymbolTable.none }
        return symbols.users.intern(value)
    }

    private func isEmpty(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.isEmpty || (value.count == 1 && value[0] == UInt8(ascii: "-"))
    }
}
