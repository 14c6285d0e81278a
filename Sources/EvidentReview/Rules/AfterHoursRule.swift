/// Access to patient records outside the working hours of the site, in the site's time zone.
///
/// One finding per account, counting every access and the distinct patients, because a night-shift
/// nurse and a snooping clerk differ in pattern, not in a single event.
struct AfterHoursRule {
    static let id = "after-hours"

    private var tallies: [Int32: EventTally] = [:]
    private var patients: [Int32: Set<UInt64>] = [:]

    /// Counts a record access made outside working hours.
    mutating func observe(_ event: LogEvent) {
        tallies[event.user, default: EventTally()].add(event)
        if event.patientKey != 0 { patients[event.user, default: []].insert(event.patientKey) }
    }

    /// Returns one low-severity finding per account with after-hours access.
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        tallies.map { user, tally in
            let patientCount = patients[user]?.count ?? 0
            let label = context.userLabel(user, member: profiles[Int(user)].member)
            return context.finding(
                AfterHoursRule.id, patientCount >= 10 ? .medium : .low, user: user,
                message: "\(label) opened patient records \(tally.times) outside working hours "
                    + "(\(patientCount) distinct \(patientCount == 1 ? "patient" : "patients")).",
                tally: tally)
        }
    }
}
