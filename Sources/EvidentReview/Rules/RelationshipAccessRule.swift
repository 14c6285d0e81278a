/// A workforce member opening their own record, a co-worker's, or that of a patient who lives at their
/// address or shares their surname, which privacy officers check first because it is the most common
/// snooping.
struct RelationshipAccessRule {
    static let ownRecordID = "own-record"
    static let coworkerID = "coworker-record"
    static let sameSurnameID = "same-surname"
    static let sameAddressID = "same-address"

    /// How the patient relates to the user.
    enum Relation: Int {
        case own = 0
        case coworker = 1
        case sameSurname = 2
        case sameAddress = 3
    }

    private var tallies: [Key: EventTally] = [:]

    /// The account, the patient and the relation a finding groups.
    struct Key: Hashable {
        var user: Int32
        var patient: Int32
        var name: Int32
        var relation: Int
    }

    /// Counts an access to a related patient's record.
    mutating func observe(_ event: LogEvent, relation: Relation, name: Int32) {
        let key = Key(user: event.user, patient: event.patient, name: name, relation: relation.rawValue)
        tallies[key, default: EventTally()].add(event)
    }

    /// Returns one finding per account, patient and relation.
    func findings(_ context: FindingContext, profiles: [UserProfile]) -> [ReviewFinding] {
        tallies.map { key, tally in
            let label = context.userLabel(key.user, member: profiles[Int(key.user)].member)
            let patient = key.patient >= 0 ? context.symbols.patients.string(key.patient) : nil
            let name = key.name >= 0 ? context.symbols.names.string(key.name) : nil
            let record: String
            if let name {
                record = "the record of \(name)" + (patient.map { " (patient \($0))" } ?? "")
            } else {
                record = "the record of patient \(patient ?? "unknown")"
            }
            switch Relation(rawValue: key.relation) ?? .sameSurname {
            case .own:
                return context.finding(
                    RelationshipAccessRule.ownRecordID, .medium, user: key.user, subject: patient,
                    message: "\(label) opened their own record, \(record), \(tally.times).", tally: tally)
            case .coworker:
                return context.finding(
                    RelationshipAccessRule.coworkerID, .high, user: key.user, subject: patient,
                    message: "\(label) opened \(record), a co-worker, \(tally.times).", tally: tally)
            case .sameAddress:
                return context.finding(
                    RelationshipAccessRule.sameAddressID, .high, user: key.user, subject: patient,
                    message: "\(label) opened \(record), who lives at their address, \(tally.times).",
                    tally: tally)
            case .sameSurname:
                return context.finding(
                    RelationshipAccessRule.sameSurnameID, .medium, user: key.user, subject: patient,
                    message: "\(label) opened \(record), who shares their surname, \(tally.times).",
                    tally: tally)
            }
        }
    }
}
