/// Access to patient records outside the working hours of the site, in the site's time zone.
///
/// One finding per account, counting every access and the distinct patients, because a night-shift
/// nurse and a snooping clerk differ in pattern, not in a single event.
struct AfterHoursRule {
    static let id = "after-hours"

    /// Indexed by user id; a tally with no events means the account had no after-hours access.
    private var tallies: [EventTally] = []
    private var patients: [Set<UInt64>] = []

    /// Counts a record access made outside working hours.
    mutating func observe(_ event: LogEvent) {
        let user = Int(event.user)
        while tallies.count <= user {
            tallies.append(EventTally())
            patients.append([])
        }
        tallies[user].add(event)
        if event.patientKey != 0 { patients[user].insert(event.patientKey) }
    }

    /// Returns one low-severity finding per account with after-hours access.
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        tallies.indices.filter { tallies[$0].count > 0 }.map { user in
            let patientCount = patients[user].count
            let label = context.userLabel(Int32(user), member: profiles[user].member)
            return context.finding(
                AfterHoursRule.id, patientCount >= 10 ? .medium : .low, user: Int32(user),
                message: "\(label) opened patient records \(tallies[user].times) outside working hours "
                    + "(\(patientCount) distinct \(patientCount == 1 ? "patient" : "patients")).",
                tally: tallies[user])
        }
    }
}
