import EvidentCore

/// What rules need to turn their tallies into findings: the symbol tables, the log paths and the
/// roster.
struct FindingContext {
    /// The interned values.
    let symbols: ReviewSymbols
    /// The log paths, by source index.
    let paths: [String]
    /// The workforce roster.
    let directory: WorkforceDirectory

    /// Returns the log lines a tally cites.
    func citations(_ tally: EventTally) -> [EvidenceReference] {
        tally.citations.map { EvidenceReference(path: paths[Int($0.source)], line: Int($0.line)) }
    }

    /// Returns an account name, with the roster name when the account belongs to a member.
    func userLabel(_ user: Int32, member: Int32) -> String {
        let account = symbols.users.string(user)
        guard member >= 0 else { return account }
        return "\(account) (\(directory.members[Int(member)].name))"
    }

    /// Builds a finding from a tally.
    func finding(
        _ rule: String, _ severity: Severity, user: Int32, subject: String? = nil, message: String, tally: EventTally
    ) -> ReviewFinding {
        ReviewFinding(
            rule: rule, severity: severity, user: symbols.users.string(user), subject: subject, message: message,
            eventCount: tally.count, firstTime: tally.first, lastTime: tally.last, citations: citations(tally))
    }
}
