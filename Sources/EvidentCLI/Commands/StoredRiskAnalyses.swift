import EvidentCore
import EvidentStore
import Foundation

/// Reads the risk analyses `evident risk` stored, for `risk.analysis-current` and the periodic review
/// element of the next analysis.
enum StoredRiskAnalyses {
    /// Returns an organization's stored risk analyses, or none when the workspace has no history yet.
    ///
    /// An absent database file is not created here, so `assess --no-store` leaves nothing behind.
    static func read(at location: WorkspaceLocation, organizationID: String) throws -> [StoredRiskAnalysis] {
        let isMissingFile =
            !PostgreSQLStore.isURL(location.databasePath)
            && !FileManager.default.fileExists(atPath: location.databasePath)
        guard !isMissingFile, let store = try location.openStore() as? any RiskAnalysisStore else { return [] }
        return try store.riskAnalyses(organizationID: organizationID)
    }
}
