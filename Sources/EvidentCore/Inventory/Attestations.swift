/// The organization's own records in `attestations.yaml`: its risk analysis, policies,
/// decisions on addressable specifications, reviews, restore tests, service accounts and
/// requirement attestations.
///
/// Attestations are the "documented" part of a control. Checks pair them with exports wherever an
/// export can show the control is also implemented.
public struct Attestations: Hashable, Sendable, Codable {
    /// The latest risk analysis; `nil` when none is recorded.
    public var riskAnalysis: RiskAnalysisRecord?
    /// Written policies and procedures.
    public var policies: [PolicyRecord]
    /// Decisions on addressable implementation specifications.
    public var decisions: [AddressableDecision]
    /// Reviews performed, such as information system activity reviews.
    public var reviews: [ReviewRecord]
    /// Restore tests performed.
    public var restoreTests: [RestoreTestRecord]
    /// Account names that belong to services, not people.
    public var serviceAccounts: [String]
    /// Statements that requirements no export can show are met, or do not apply.
    public var requirements: [RequirementAttestation]
    /// Approved exceptions that accept some findings of a check until an expiry day.
    public var exceptions: [FindingException] = []
    /// The file's location; `nil` when the workspace has no `attestations.yaml`.
    public var evidence: EvidenceReference?
    /// Decisions on risks of the register: mitigate, accept, transfer or avoid.
    public var riskTreatments: [RiskTreatment] = []

    /// Creates attestations; every list defaults to empty.
    public init(
        riskAnalysis: RiskAnalysisRecord? = nil,
        policies: [PolicyRecord] = [],
        decisions: [AddressableDecision] = [],
        reviews: [ReviewRecord] = [],
        restoreTests: [RestoreTestRecord] = [],
        serviceAccounts: [String] = [],
        requirements: [RequirementAttestation] = [],
        evidence: EvidenceReference? = nil
    ) {
        self.riskAnalysis = riskAnalysis
        self.policies = policies
        self.decisions = decisions
        self.reviews = reviews
        self.restoreTests = restoreTests
        self.serviceAccounts = serviceAccounts
        self.requirements = requirements
        self.evidence = evidence
    }
}

/// A recorded risk analysis (164.308(a)(1)(ii)(A)).
public struct RiskAnalysisRecord: Hashable, Sendable, Codable {
    /// The day the analysis was completed.
    public var performed: CalendarDay
    /// The person who performed it.
    public var performedBy: String?
    /// The report's path relative to the workspace.
    public var document: String?
    /// Whether `document` names a file that exists.
    public var documentExists: Bool
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// Creates a risk analysis record.
    public init(
        performed: CalendarDay,
        performedBy: String? = nil,
        document: String? = nil,
        documentExists: Bool = false,
        evidence: EvidenceReference
    ) {
        self.performed = performed
        self.performedBy = performedBy
        self.document = document
        self.documentExists = documentExists
        self.evidence = evidence
    }
}

/// A written policy or procedure (164.316(a)).
public struct PolicyRecord: Hashable, Sendable, Codable {
    /// The policy id, for example `access-control`; checks look policies up by it.
    public var id: String
    /// The policy title.
    public var title: String?
    /// The document's path relative to the workspace.
    public var document: String?
    /// Whether `document` names a file that exists.
    public var documentExists: Bool
    /// The day the policy was approved.
    public var approved: CalendarDay?
    /// The day the policy was last reviewed.
    public var reviewed: CalendarDay?
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// Creates a policy record.
    public init(
        id: String,
        title: String? = nil,
        document: String? = nil,
        documentExists: Bool = false,
        approved: CalendarDay? = nil,
        reviewed: CalendarDay? = nil,
        evidence: EvidenceReference
    ) {
        self.id = id
        self.title = title
        self.document = document
        self.documentExists = documentExists
        self.approved = approved
        self.reviewed = reviewed
        self.evidence = evidence
    }

    /// The most recent of the review and approval days.
    public var lastReviewed: CalendarDay? {
        [reviewed, approved].compactMap { $0 }.max()
    }
}

/// A decision on an addressable implementation specification (164.306(d)(3)).
public struct AddressableDecision: Hashable, Sendable, Codable {
    /// The specification's citation as written, for example `164.312(a)(2)(iv)`.
    public var citation: String
    /// The outcome decided.
    public var decision: Kind
    /// Why; required for `alternative` and `not-reasonable`.
    public var rationale: String?
    /// The day of the decision.
    public var decided: CalendarDay?
    /// The person who owns the decision.
    public var owner: String?
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// The three outcomes 164.306(d)(3) allows.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The specification is implemented as written.
        case implemented
        /// An equivalent alternative measure is implemented.
        case alternative
        /// Neither is reasonable and appropriate; the rationale is documented.
        case notReasonable = "not-reasonable"
    }

    /// Creates a decision.
    public init(
        citation: String,
        decision: Kind,
        rationale: String? = nil,
        decided: CalendarDay? = nil,
        owner: String? = nil,
        evidence: EvidenceReference
    ) {
        self.citation = citation
        self.decision = decision
        self.rationale = rationale
        self.decided = decided
        self.owner = owner
        self.evidence = evidence
    }
}

/// A review the organization performed, such as an information system activity review.
public struct ReviewRecord: Hashable, Sendable, Codable {
    /// The activity reviewed, for example `audit-logs`.
    public var activity: String
    /// The id of the system reviewed; `nil` for organization-wide reviews.
    public var system: String?
    /// The day of the review.
    public var performed: CalendarDay
    /// The person who performed it.
    public var performedBy: String?
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// Creates a review record.
    public init(
        activity: String,
        system: String? = nil,
        performed: CalendarDay,
        performedBy: String? = nil,
        evidence: EvidenceReference
    ) {
        self.activity = activity
        self.system = system
        self.performed = performed
        self.performedBy = performedBy
        self.evidence = evidence
    }
}

/// A test restore from backup (164.308(a)(7)(ii)(D)).
public struct RestoreTestRecord: Hashable, Sendable, Codable {
    /// The id of the system whose backup was restored.
    public var system: String
    /// The day of the test.
    public var performed: CalendarDay
    /// Whether the restore succeeded.
    public var succeeded: Bool
    /// The data or machine restored, for example `full VM to isolated network`.
    public var restored: String?
    /// The person who performed it.
    public var performedBy: String?
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// Creates a restore test record.
    public init(
        system: String,
        performed: CalendarDay,
        succeeded: Bool,
        restored: String? = nil,
        performedBy: String? = nil,
        evidence: EvidenceReference
    ) {
        self.system = system
        self.performed = performed
        self.succeeded = succeeded
        self.restored = restored
        self.performedBy = performedBy
        self.evidence = evidence
    }
}
