import FoundationEssentials

/// A risk analysis `evident risk` recorded in the history: when, whether all nine elements HHS
/// expects were present, and the register. A complete one counts toward `risk.analysis-current`.
public struct StoredRiskAnalysis: Hashable, Sendable, Codable {
    /// The store's id; `nil` before the analysis is stored.
    public var id: Int64?
    /// The day analysed, the `as_of` of the run.
    public var performed: CalendarDay
    /// Whether every element of the analysis was present.
    public var isComplete: Bool
    /// The names of the elements that were missing, empty when complete.
    public var missingElements: [String]
    /// The version of the threat catalog used.
    public var catalogVersion: Int
    /// Every risk of the register, highest residual level first.
    public var risks: [StoredRisk]

    /// Creates a stored analysis.
    public init(
        id: Int64? = nil, performed: CalendarDay, isComplete: Bool, missingElements: [String], catalogVersion: Int,
        risks: [StoredRisk]
    ) {
        self.id = id
        self.performed = performed
        self.isComplete = isComplete
        self.missingElements = missingElements
        self.catalogVersion = catalogVersion
        self.risks = risks
    }

    /// The reference a check cites for the analysis: the history database, with the analysis id.
    public var evidence: EvidenceReference {
        EvidenceReference(path: ".evident/evident.db#risk-analysis-\(id.map(String.init) ?? "new")")
    }
}

/// One risk of a stored register: an asset and a threat with their levels.
public struct StoredRisk: Hashable, Sendable, Codable {
    /// The asset as `kind:id`, for example `system:ehr`.
    public var asset: String
    /// The threat's id in the threat catalog.
    public var threat: String
    /// The likelihood with no safeguard credited.
    public var inherentLikelihood: RiskLevel
    /// The likelihood given the assessment's check outcomes.
    public var residualLikelihood: RiskLevel
    /// The impact.
    public var impact: RiskLevel
    /// The level of risk with no safeguard credited.
    public var inherentLevel: RiskLevel
    /// The level of risk given the check outcomes.
    public var residualLevel: RiskLevel
    /// The recorded treatment, such as `accept`, or `nil` when none is recorded.
    public var treatment: String?

    /// Creates a stored risk.
    public init(
        asset: String, threat: String, inherentLikelihood: RiskLevel, residualLikelihood: RiskLevel,
        impact: RiskLevel, inherentLevel: RiskLevel, residualLevel: RiskLevel, treatment: String?
    ) {
        self.asset = asset
        self.threat = threat
        self.inherentLikelihood = inherentLikelihood
        self.residualLikelihood = residualLikelihood
        self.impact = impact
        self.inherentLevel = inherentLevel
        self.residualLevel = residualLevel
        self.treatment = treatment
    }
}
