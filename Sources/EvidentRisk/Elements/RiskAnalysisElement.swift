/// The nine elements HHS's Guidance on Risk Analysis (2010) expects of every risk analysis under
/// 164.308(a)(1)(ii)(A).
public enum RiskAnalysisElement: String, Hashable, Sendable, CaseIterable {
    /// Scope: all ePHI, in every electronic medium.
    case scope
    /// Data collection: where ePHI is created, received, maintained or transmitted.
    case dataCollection = "data-collection"
    /// Identifying and documenting reasonably anticipated threats and vulnerabilities.
    case threatsAndVulnerabilities = "threats-and-vulnerabilities"
    /// Assessing the security measures in place.
    case currentMeasures = "current-measures"
    /// Determining the likelihood of threat occurrence.
    case likelihood
    /// Determining the potential impact of threat occurrence.
    case impact
    /// Determining the level of risk of every threat and vulnerability pair.
    case riskLevel = "risk-level"
    /// Finalizing documentation of the analysis.
    case documentation
    /// Periodic review and update of the analysis.
    case periodicReview = "periodic-review"

    /// The heading used in reports.
    public var title: String {
        switch self {
        case .scope: "Scope"
        case .dataCollection: "Data collection"
        case .threatsAndVulnerabilities: "Threats and vulnerabilities"
        case .currentMeasures: "Current security measures"
        case .likelihood: "Likelihood"
        case .impact: "Impact"
        case .riskLevel: "Level of risk"
        case .documentation: "Documentation"
        case .periodicReview: "Periodic review"
        }
    }
}

/// The record of one element in an analysis: whether it is present and what shows it.
public struct RiskElementRecord: Hashable, Sendable {
    /// The element.
    public var element: RiskAnalysisElement
    /// Whether the analysis has it.
    public var isPresent: Bool
    /// The evidence that records it, or what is missing and how to add it.
    public var detail: String

    /// Creates a record.
    public init(element: RiskAnalysisElement, isPresent: Bool, detail: String) {
        self.element = element
        self.isPresent = isPresent
        self.detail = detail
    }
}
