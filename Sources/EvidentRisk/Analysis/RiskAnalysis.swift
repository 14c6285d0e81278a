import EvidentCore

/// A risk analysis of one workspace on one day (164.308(a)(1)(ii)(A), the method of NIST SP 800-30
/// Rev. 1): the assets in scope, the register of risks, the nine elements HHS expects, and the
/// treatments recorded.
///
/// The analysis is a pure value: the same inventory, assessment and settings give an equal analysis.
public struct RiskAnalysis: Hashable, Sendable {
    /// The organization analysed.
    public var organization: Organization
    /// The day analysed.
    public var asOf: CalendarDay
    /// The version of the threat catalog used.
    public var catalogVersion: Int
    /// The settings the likelihoods and impacts were computed with.
    public var settings: RiskSettings
    /// The assets in scope.
    public var assets: [RiskAsset]
    /// Every risk, highest residual level first (see `RiskEntry.isListedBefore`).
    public var entries: [RiskEntry]
    /// The nine elements, in the order HHS lists them.
    public var elements: [RiskElementRecord]
    /// Acceptances whose expiry day is before `asOf`; their risks count as untreated.
    public var expiredAcceptances: [RiskTreatment]
    /// Treatments whose threat and asset match no risk of the register, usually a misspelled id.
    public var unmatchedTreatments: [RiskTreatment]

    /// Whether all nine elements are present.
    public var isComplete: Bool {
        elements.allSatisfy(\.isPresent)
    }

    /// The elements that are missing, in HHS's order.
    public var missingElements: [RiskAnalysisElement] {
        elements.filter { !$0.isPresent }.map(\.element)
    }

    /// Counts the risks in each cell of the likelihood and impact grid.
    ///
    /// - Parameter residual: `true` for residual likelihood, `false` for inherent likelihood.
    /// - Returns: `counts[likelihood.rank][impact.rank]`.
    public func heatMap(residual: Bool = true) -> [[Int]] {
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for entry in entries {
            let likelihood = residual ? entry.residualLikelihood : entry.inherentLikelihood
            counts[likelihood.rank][entry.impact.rank] += 1
        }
        return counts
    }

    /// Returns the analysis as the store keeps it.
    public func stored() -> StoredRiskAnalysis {
        StoredRiskAnalysis(
            performed: asOf, isComplete: isComplete, missingElements: missingElements.map(\.rawValue),
            catalogVersion: catalogVersion,
            risks: entries.map { entry in
                StoredRisk(
                    asset: entry.asset.key, threat: entry.threat.id, inherentLikelihood: entry.inherentLikelihood,
                    residualLikelihood: entry.residualLikelihood, impact: entry.impact,
                    inherentLevel: entry.inherentLevel, residualLevel: entry.residualLevel,
                    treatment: entry.treatment?.kind.rawValue)
            })
    }
}
