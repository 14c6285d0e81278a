import EvidentCore
import FoundationEssentials

/// A store that also keeps the risk analyses of `evident risk`, which `risk.analysis-current` counts.
public protocol RiskAnalysisStore {
    /// Records a risk analysis for an organization, creating or updating the organization's row.
    ///
    /// - Returns: The analysis's id.
    /// - Throws: `StoreError` when the analysis cannot be written; nothing of it is kept then.
    func record(_ analysis: StoredRiskAnalysis, organization: Organization, recordedAt: Date) throws -> Int64

    /// Lists an organization's risk analyses, newest first, with their risks.
    ///
    /// - Throws: `StoreError` when the database cannot be read or contains an invalid value.
    func riskAnalyses(organizationID: String) throws -> [StoredRiskAnalysis]
}
