/// One gap found by a check, about one subject, with the fix and the evidence behind it.
public struct Finding: Hashable, Sendable, Codable {
    /// The id of the check that raised it, for example `auth.mfa-coverage`.
    public var checkID: String
    /// Whether the finding is a violation, a warning, or missing evidence.
    public var kind: Kind
    /// The urgency.
    public var severity: Severity
    /// The account, device, host, system, vendor, policy, citation or evidence it concerns.
    public var subject: Subject
    /// The problem, in one sentence that names the subject and the value found.
    public var message: String
    /// The fix.
    public var remediation: String
    /// The files and lines the finding rests on, sorted.
    public var evidence: [EvidenceReference]
    /// Whether the subject creates, receives, maintains or transmits ePHI, which raises its priority.
    public var touchesEPHI: Bool
    /// The active exception that accepts this finding, or `nil` when none does. An excepted finding
    /// is still reported, but it no longer sets the exit status or asks for a remediation plan item.
    public var exception: FindingException? = nil

    /// The three kinds of finding.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The evidence shows the safeguard is not met; the check fails.
        case violation
        /// Met today but about to lapse, for example a BAA that expires soon; the check still passes.
        case warning
        /// The evidence needed to decide is missing, stale or unreadable; the check cannot pass.
        case missingEvidence = "missing-evidence"
    }

    /// Creates a finding; evidence references are sorted so output is deterministic.
    public init(
        checkID: String,
        kind: Kind = .violation,
        severity: Severity,
        subject: Subject,
        message: String,
        remediation: String,
        evidence: [EvidenceReference] = [],
        touchesEPHI: Bool = false
    ) {
        self.checkID = checkID
        self.kind = kind
        self.severity = severity
        self.subject = subject
        self.message = message
        self.remediation = remediation
        self.evidence = Array(Set(evidence)).sorted()
        self.touchesEPHI = touchesEPHI
    }
}

extension Finding {
    /// Whether an active exception accepts the finding.
    public var isExcepted: Bool {
        exception != nil
    }
}
