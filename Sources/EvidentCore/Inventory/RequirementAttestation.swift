/// A statement in `attestations.yaml` that a requirement of the Security Rule is met, for the many
/// requirements no export can show: a sanctions policy applied, workforce training held, an
/// emergency mode operation plan written.
///
/// An attestation evidences its requirement only while it is current and its document exists;
/// a stale or document-less attestation is never a pass.
public struct RequirementAttestation: Hashable, Sendable, Codable {
    /// The requirement's citation as written, for example `164.308(a)(1)(ii)(C)`.
    public var citation: String
    /// What the organization states it does to meet the requirement.
    public var statement: String
    /// Whether the requirement applies; `false` records why it does not, for example a practice that
    /// is no health care clearinghouse.
    public var applicable: Bool
    /// The supporting document's path relative to the workspace.
    public var document: String?
    /// Whether `document` names a file that exists.
    public var documentExists: Bool
    /// The day the statement was made or last confirmed.
    public var attested: CalendarDay?
    /// Who reviewed and confirmed the statement.
    public var reviewer: String?
    /// How often the statement must be confirmed again, in months.
    public var reviewEveryMonths: Int
    /// Where the record is in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// The review cadence used when an attestation names none: yearly.
    public static let defaultReviewEveryMonths = 12

    /// Creates a requirement attestation.
    public init(
        citation: String,
        statement: String,
        applicable: Bool = true,
        document: String? = nil,
        documentExists: Bool = false,
        attested: CalendarDay? = nil,
        reviewer: String? = nil,
        reviewEveryMonths: Int = RequirementAttestation.defaultReviewEveryMonths,
        evidence: EvidenceReference
    ) {
        self.citation = citation
        self.statement = statement
        self.applicable = applicable
        self.document = document
        self.documentExists = documentExists
        self.attested = attested
        self.reviewer = reviewer
        self.reviewEveryMonths = reviewEveryMonths
        self.evidence = evidence
    }

    /// The last day the attestation is current: `attested` plus the cadence in calendar months, on
    /// the last day of the month when the day does not exist there; `nil` without an `attested` day.
    public var currentThrough: CalendarDay? {
        guard let attested else { return nil }
        let months = attested.year * 12 + attested.month - 1 + max(0, reviewEveryMonths)
        let year = months / 12
        let month = months % 12 + 1
        let day = min(attested.day, CalendarDay.daysInMonth(year: year, month: month))
        return CalendarDay(year: year, month: month, day: day)
    }
}
