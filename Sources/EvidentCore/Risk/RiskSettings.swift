/// The settings of the risk analysis, read from `risk:` in `evident.yaml`.
///
/// HIPAA sets none of these numbers. Each default names its source; docs/risk.md explains how the
/// analysis uses them.
public struct RiskSettings: Hashable, Sendable, Codable {
    /// The number of individuals whose ePHI the organization holds; `nil` when not declared.
    public var individuals: Int?
    /// The number of individuals at which a confidentiality threat's impact on an ePHI system or
    /// vendor is raised one level.
    /// Default 500: the Breach Notification Rule's threshold for notifying the media and the
    /// Secretary without unreasonable delay (45 CFR 164.406 and 164.408(b)).
    public var largeBreachIndividuals: Int = 500
    /// How many levels below its inherent likelihood a threat is when every safeguard against it
    /// passes.
    /// Default 2: Evident's own choice, so that verified safeguards move a threat from Very High to
    /// Moderate but never to Very Low.
    public var safeguardCreditSteps: Int = 2
    /// How many levels a failing check raises the likelihood of each threat it enables.
    /// Default 2: Evident's own choice, because a violation shows the vulnerability is present, which
    /// takes back all of the safeguard credit.
    public var failingCheckSteps: Int = 2
    /// How many levels a check with insufficient evidence raises the likelihood of each threat it
    /// enables.
    /// Default 1: Evident's own choice. Unknown is never compliant, but it is not shown absent either.
    public var insufficientEvidenceSteps: Int = 1

    /// Creates settings with every default.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case individuals
        case largeBreachIndividuals = "large_breach_individuals"
        case safeguardCreditSteps = "safeguard_credit_steps"
        case failingCheckSteps = "failing_check_steps"
        case insufficientEvidenceSteps = "insufficient_evidence_steps"
    }
}
