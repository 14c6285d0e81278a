import EvidentCore
import FoundationEssentials

extension SQLiteStore {
    /// Lists recorded runs, newest first (by `recorded_at`, then by id for runs recorded together).
    ///
    /// - Parameter organizationID: Only this organization's runs, or every run when `nil`.
    public func runs(organizationID: String?) throws -> [RunSummary] {
        try RunReader(connection: connection).runs(organizationID: organizationID)
    }

    /// Reads back the assessment of one run from its canonical JSON.
    ///
    /// - Returns: `nil` when there is no run with that id.
    public func assessment(runID: Int64) throws -> Assessment? {
        try RunReader(connection: connection).assessment(runID: runID)
    }
}
