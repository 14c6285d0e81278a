import EvidentCore

/// One threat of the threat catalog: what happens, who or what causes it, which assets it reaches,
/// how likely it is with no safeguard credited, its impact, and the checks whose failures make it
/// more likely.
public struct Threat: Hashable, Sendable, Decodable {
    /// The stable, lowercase id treatments in `attestations.yaml` refer to, for example `ransomware`.
    public let id: String
    /// A short title for reports.
    public let title: String
    /// The threat event, in one or two sentences.
    public let description: String
    /// The kind of threat source, as NIST SP 800-30 Rev. 1 Table D-2 classifies them.
    public let source: Source
    /// The security properties of ePHI the threat harms.
    public let properties: [SecurityProperty]
    /// The kinds of asset the threat applies to.
    public let assetKinds: [RiskAssetKind]
    /// The likelihood with no safeguard credited.
    public let inherentLikelihood: RiskLevel
    /// The reason for the inherent likelihood.
    public let likelihoodReason: String
    /// The impact per asset kind, keyed by the kind's raw value; `impact(on:)` reads it.
    let impact: [String: RiskLevel]
    /// The reason for the impact.
    public let impactReason: String
    /// The ids of the checks whose failures are vulnerabilities this threat exploits.
    public let vulnerabilities: [String]

    /// The threat source types of NIST SP 800-30 Rev. 1 Table D-2.
    public enum Source: String, Hashable, Sendable, Decodable, CaseIterable {
        /// People who mean harm, inside or outside the organization.
        case adversarial
        /// Mistakes by people doing their work.
        case accidental
        /// Failures of equipment, software or environmental controls.
        case structural
        /// Natural and human-made disasters and outages of infrastructure the organization relies on.
        case environmental
    }

    /// The three properties of ePHI the Security Rule protects (164.306(a)(1)).
    public enum SecurityProperty: String, Hashable, Sendable, Decodable, CaseIterable {
        case confidentiality
        case integrity
        case availability
    }

    /// Returns the impact on an asset kind, or `nil` when the threat does not apply to it.
    public func impact(on kind: RiskAssetKind) -> RiskLevel? {
        impact[kind.rawValue]
    }

    enum CodingKeys: String, CodingKey {
        case id, title, description, source, properties, impact, vulnerabilities
        case assetKinds = "asset_kinds"
        case inherentLikelihood = "inherent_likelihood"
        case likelihoodReason = "likelihood_reason"
        case impactReason = "impact_reason"
    }
}
