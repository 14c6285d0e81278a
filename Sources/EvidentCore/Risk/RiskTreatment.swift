/// The organization's decision on one risk of the register, from `risk_treatments` in
/// `attestations.yaml` (risk management, 164.308(a)(1)(ii)(B)).
public struct RiskTreatment: Hashable, Sendable, Codable {
    /// The threat's id in the threat catalog, for example `ransomware`.
    public var threat: String
    /// The asset as `kind:id`, for example `system:ehr`, `device-class:windows` or `vendor:PortalWorks`.
    public var asset: String
    /// The decision.
    public var kind: Kind
    /// The person responsible for carrying the decision out.
    public var owner: String
    /// The person who approved the decision.
    public var approver: String
    /// The day the mitigation, transfer or avoidance is due; `nil` for an acceptance.
    public var due: CalendarDay?
    /// The day an acceptance lapses and the risk must be decided again; required for `accept`.
    public var expires: CalendarDay?
    /// The rationale of this decision, for example the compensating measure or the insurance policy.
    public var rationale: String?
    /// The record's location in `attestations.yaml`.
    public var evidence: EvidenceReference

    /// The four responses to a risk that NIST SP 800-39 names.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Reduce the risk with safeguards.
        case mitigate
        /// Accept the risk as it is, until `expires`.
        case accept
        /// Share the risk with another party, such as an insurer or vendor.
        case transfer
        /// Stop the activity that gives rise to the risk.
        case avoid
    }

    /// Creates a treatment.
    public init(
        threat: String, asset: String, kind: Kind, owner: String, approver: String, due: CalendarDay? = nil,
        expires: CalendarDay? = nil, rationale: String? = nil, evidence: EvidenceReference
    ) {
        self.threat = threat
        self.asset = asset
        self.kind = kind
        self.owner = owner
        self.approver = approver
        self.due = due
        self.expires = expires
        self.rationale = rationale
        self.evidence = evidence
    }

    /// Returns whether this is an acceptance whose expiry day is before `day`.
    public func isExpiredAcceptance(on day: CalendarDay) -> Bool {
        guard kind == .accept, let expires else { return false }
        return expires < day
    }
}
