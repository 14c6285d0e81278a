import EvidentCore
import FoundationEssentials

extension SQLiteStore {
    /// Lists recorded runs, newest first (by `recorded_at`, then by id for runs recorded together).
    ///
    /// - Parameter organizationID: Only this organization's runs, or every run when `nil`.
    public func runs(organizationID: String?) throws -> [RunSummary] {
        try RunReader(connection: connection).runs(organizationID: organizationID)
    }

    /// Lists every organization with runs, by id, with its newest run.
    public func organizations() throws -> [OrganizationSummary] {
        try RunReader(connection: connection).organizations()
    }

    /// Returns the posture per safeguard category of an organization's newest runs, oldest first.
    public func postureHistory(organizationID: String, limit: Int) throws -> [PostureSnapshot] {
        try PostureReader(connection: connection).history(organizationID: organizationID, limit: limit)
    }

    /// Returns the summary of one run, or `nil` for an unknown id.
    public func run(id: Int64) throws -> RunSummary? {
        try RunReader(connection: connection).run(id: id)
    }

    /// Reads back the assessment of one run from its canonical JSON.
    ///
    /// - Returns: `nil` when there is no run with that id.
    public func assessment(runID: Int64) throws -> Assessment? {
        try RunReader(connection: connection).assessment(runID: runID)
    }

    /// Reads the inventory a run kept, or `nil` when it kept none.
    public func inventory(runID: Int64) throws -> [InventoryItem]? {
        try InventoryReader(connection: connection).items(runID: runID)
    }
}
