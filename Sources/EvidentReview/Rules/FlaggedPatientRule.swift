/// Access to records the patient demographics file flags, such as VIPs, employees and public figures.
struct FlaggedPatientRule {
    static let id = "flagged-patient"

    private var tallies: [Int64: EventTally] = [:]

    /// Counts an access to a flagged record.
    mutating func observe(_ event: LogEvent) {
        tallies[Int64(event.user) << 32 | Int64(event.patient), default: EventTally()].add(event)
    }

    /// Returns one finding per account and flagged patient.
    func findings(_ context: FindingContext, profiles: [UserProfile], flags: [Int32: String]) -> [ReviewFinding] {
        tallies.map { key, tally in
            let user = Int32(truncatingIfNeeded: key >> 32)
            let patient = Int32(truncatingIfNeeded: key)
            let patientID = context.symbols.patients.string(patient)
            let label = context.userLabel(user, member: profiles[Int(user)].member)
            return context.finding(
                FlaggedPatientRule.id, .medium, user: user, subject: patientID,
                message: "\(label) opened the record of patient \(patientID), flagged "
                    + "\(flags[patient] ?? "for review"), \(tally.times).",
                tally: tally)
        }
    }
}
