import EvidentCore

/// One risk of the register: a threat to an asset, with its likelihood, impact and level of risk,
/// before and after the safeguards the assessment showed, and the organization's treatment.
public struct RiskEntry: Hashable, Sendable {
    /// The asset.
    public var asset: RiskAsset
    /// The threat.
    public var threat: Threat
    /// The likelihood with no safeguard credited, from the threat catalog.
    public var inherentLikelihood: RiskLevel
    /// How many levels verified safeguards take off the inherent likelihood.
    public var safeguardCredit: Int
    /// The checks that raised the residual likelihood, in check id order.
    public var factors: [RiskFactor]
    /// The checks of the threat that passed or did not apply for the asset.
    public var creditedChecks: [String]
    /// The impact on the asset.
    public var impact: RiskLevel
    /// Why the impact is what it is.
    public var impactReason: String
    /// The organization's treatment of the risk, when `attestations.yaml` records one.
    public var treatment: RiskTreatment?

    /// The likelihood given the assessment's check outcomes: the inherent likelihood less the
    /// safeguard credit, plus each factor's steps, never above the inherent likelihood.
    public var residualLikelihood: RiskLevel {
        residualLikelihood(excluding: nil)
    }

    /// The level of risk with no safeguard credited, from Table I-2.
    public var inherentLevel: RiskLevel {
        RiskMatrix.level(likelihood: inherentLikelihood, impact: impact)
    }

    /// The level of risk given the check outcomes, from Table I-2.
    public var residualLevel: RiskLevel {
        RiskMatrix.level(likelihood: residualLikelihood, impact: impact)
    }

    /// The register's id of the risk, `threat@kind:id`, for example `ransomware@system:ehr`.
    public var id: String {
        "\(threat.id)@\(asset.key)"
    }

    /// Returns the residual likelihood as it would be if one check's findings were fixed.
    ///
    /// - Parameter checkID: The check whose factor is left out, or `nil` to leave none out.
    public func residualLikelihood(excluding checkID: String?) -> RiskLevel {
        let raised = factors.filter { $0.checkID != checkID }.map(\.steps).reduce(0, +)
        return min(inherentLikelihood, inherentLikelihood.raised(by: raised - safeguardCredit))
    }

    /// Orders risks for the register: highest residual level first, then residual likelihood,
    /// impact and inherent level, then asset and threat so that ties are stable.
    public static func isListedBefore(_ lhs: RiskEntry, _ rhs: RiskEntry) -> Bool {
        let left = (lhs.residualLevel.rank, lhs.residualLikelihood.rank, lhs.impact.rank, lhs.inherentLevel.rank)
        let right = (rhs.residualLevel.rank, rhs.residualLikelihood.rank, rhs.impact.rank, rhs.inherentLevel.rank)
        if left != right { return left > right }
        if lhs.asset.kind != rhs.asset.kind { return lhs.asset.kind < rhs.asset.kind }
        if lhs.asset.id != rhs.asset.id { return lhs.asset.id < rhs.asset.id }
        return lhs.threat.id < rhs.threat.id
    }
}
