/// An approved exception from `attestations.yaml`: the organization accepts the findings of one
/// check, for some or all of its subjects, until a fixed day, with a reason and a compensating control.
///
/// An active exception turns the findings it covers into excepted findings, which every report still
/// shows. From its expiry day on it covers nothing and is itself reported, because 164.308(a)(1)(ii)(B)
/// expects accepted risks to be reviewed rather than left to lapse.
public struct FindingException: Hashable, Sendable, Codable {
    /// The id of the check whose findings it covers, for example `access.automatic-logoff`.
    public var checkID: String
    /// The subject ids it covers, as findings name them; empty means every subject of the check.
    public var subjects: [String]
    /// The reason the gap is accepted rather than fixed now.
    public var reason: String
    /// The measure that reduces the risk while the gap remains.
    public var compensatingControl: String
    /// The person who approved the exception.
    public var approver: String
    /// The day it was approved.
    public var approved: CalendarDay
    /// The first day on which it no longer applies.
    public var expires: CalendarDay
    /// The entry's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// Creates an exception.
    public init(
        checkID: String,
        subjects: [String] = [],
        reason: String,
        compensatingControl: String,
        approver: String,
        approved: CalendarDay,
        expires: CalendarDay,
        evidence: EvidenceReference
    ) {
        self.checkID = checkID
        self.subjects = subjects
        self.reason = reason
        self.compensatingControl = compensatingControl
        self.approver = approver
        self.approved = approved
        self.expires = expires
        self.evidence = evidence
    }

    /// Returns whether the exception applies on a day: from its approval day up to, not including, its expiry day.
    public func isActive(on day: CalendarDay) -> Bool {
        approved <= day && day < expires
    }

    /// Returns whether the exception names a finding's check and subject. Subject ids compare without regard
    /// to case, because user names, host names and UPNs are case-insensitive where they come from.
    public func covers(_ finding: Finding) -> Bool {
        guard finding.checkID == checkID else { return false }
        guard !subjects.isEmpty else { return true }
        let id = finding.subject.id.lowercased()
        return subjects.contains { $0.lowercased() == id }
    }

    /// A name for the exception that stays the same when the file is edited around it, for example
    /// `access.automatic-logoff for pm-billing, approved 2026-09-01`.
    public var name: String {
        let scope = subjects.isEmpty ? "all subjects" : subjects.joined(separator: ", ")
        return "\(checkID) for \(scope), approved \(approved)"
    }
}
