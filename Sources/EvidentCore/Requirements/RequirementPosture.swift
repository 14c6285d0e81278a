/// Where an organization stands on one requirement of the Security Rule, and what shows it: the
/// checks that cite it, its attestation, its decision when it is addressable, and its policy.
public struct RequirementPosture: Hashable, Sendable, Codable {
    /// The citation, for example `164.312(a)(2)(iv)`.
    public var citation: String
    /// The short title the regulation gives it.
    public var title: String
    /// `standard`, `required` or `addressable`.
    public var designation: String
    /// The safeguard category.
    public var category: SafeguardCategory
    /// The outcome: `pass` only when all four lifecycle properties hold.
    public var status: CheckStatus
    /// One sentence saying why the requirement has its status.
    public var reason: String
    /// Which of documented, implemented, maintained and evidenced hold.
    public var lifecycle: Lifecycle
    /// What to supply or fix before the requirement can pass, one item each.
    public var missing: [String]
    /// The ids of the checks that cite the requirement.
    public var checks: [String]
    /// For an addressable specification, the recorded decision: `implemented`, `alternative` or
    /// `not-reasonable`.
    public var decision: String?
    /// The alternative measure or the reason it is not reasonable, from the decision's rationale.
    public var rationale: String?
    /// Whether the requirement comes from a proposed rule rather than the rule in force; proposed
    /// requirements are never counted in the current-rule posture.
    public var proposed: Bool
    /// The records of `attestations.yaml` the status rests on, sorted.
    public var evidence: [EvidenceReference]

    /// Creates a requirement posture.
    public init(
        citation: String,
        title: String,
        designation: String,
        category: SafeguardCategory,
        status: CheckStatus,
        reason: String,
        lifecycle: Lifecycle,
        missing: [String] = [],
        checks: [String] = [],
        decision: String? = nil,
        rationale: String? = nil,
        proposed: Bool = false,
        evidence: [EvidenceReference] = []
    ) {
        self.citation = citation
        self.title = title
        self.designation = designation
        self.category = category
        self.status = status
        self.reason = reason
        self.lifecycle = lifecycle
        self.missing = missing
        self.checks = checks
        self.decision = decision
        self.rationale = rationale
        self.proposed = proposed
        self.evidence = Array(Set(evidence)).sorted()
    }
}
