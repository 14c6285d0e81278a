/// Account and privilege changes and cleared audit logs, which a reviewer confirms against tickets.
struct AccountChangeRule {
    static let accountChangeID = "account-change"
    static let privilegeChangeID = "privilege-change"
    static let auditLogClearedID = "audit-log-cleared"

    private var tallies: [Key: EventTally] = [:]
    private var actions: [Key: Set<AccountAction>] = [:]

    private struct Key: Hashable {
        var user: Int32
        var target: Int32
        var kind: UInt8
    }

    /// Counts a change.
    mutating func observe(_ event: LogEvent) {
        let key = Key(user: event.user, target: event.target, kind: event.kind.rawValue)
        tallies[key, default: EventTally()].add(event)
        if event.kind == .accountChange {
            actions[key, default: []].insert(event.accountAction)
        }
    }

    /// Returns one finding per actor, target and kind of change.
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        tallies.map { key, tally in
            let label =
                key.user >= 0
                ? context.userLabel(key.user, member: profiles[Int(key.user)].member) : "An unknown account"
            let target = key.target >= 0 ? context.symbols.users.string(key.target) : nil
            let times = tally.times
            switch LogEventKind(rawValue: key.kind) {
            case .auditLogCleared:
                return context.finding(
                    AccountChangeRule.auditLogClearedID, .high, user: key.user,
                    message: "\(label) cleared an audit log \(times).", tally: tally)
            case .privilegeChange:
                return context.finding(
                    AccountChangeRule.privilegeChangeID, .medium, user: key.user, subject: target,
                    message:
                        "\(label) changed the privileges or group membership of \(target ?? "an account") \(times).",
                    tally: tally)
            default:
                return context.finding(
                    AccountChangeRule.accountChangeID, .low, user: key.user, subject: target,
                    message:
                        "\(label) \(AccountAction.phrase(actions[key] ?? [])) \(target ?? "an account") \(times).",
                    tally: tally)
            }
        }
    }
}
