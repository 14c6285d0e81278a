/// Activity by an account after its workforce member's last day of work.
struct TerminatedAccountRule {
    static let id = "terminated-user"

    private var tallies: [Int32: EventTally] = [:]

    /// Counts an event made after the member's end date.
    mutating func observe(_ event: LogEvent) {
        tallies[event.user, default: EventTally()].add(event)
    }

    /// Returns one critical finding per account used after its member left.
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        tallies.map { user, tally in
            let profile = profiles[Int(user)]
            let member = context.directory.members[Int(profile.member)]
            let endDate = member.endDate.map { " on \($0)" } ?? ""
            return context.finding(
                TerminatedAccountRule.id, .critical, user: user,
                message: "\(context.userLabel(user, member: profile.member)) left\(endDate), and the account "
                    + "was used \(tally.times) afterwards.",
                tally: tally)
        }
    }
}
