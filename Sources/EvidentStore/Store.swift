import EvidentCore
import FoundationEssentials

/// The keeper of assessment runs: one row per run, with its results, findings and evidence files,
/// so that history can be listed and any past assessment read back exactly.
///
/// `SQLiteStore` is the embedded implementation and `PostgreSQLStore` the server one; both apply
/// the same migrations, so they hold the same tables and values. Implementations are not required to be `Sendable`: use one store from one task.
public protocol Store {
    /// Records one assessment as a new run, all of it or nothing.
    ///
    /// - Parameters:
    ///   - assessment: The assessment to keep.
    ///   - inventory: The inventory the assessment was computed from. The store keeps it so that runs
    ///     compare without the workspace's files. Pass `nil` to keep only the assessment.
    ///   - recordedAt: When the run happened; kept to the millisecond.
    /// - Returns: The new run's id.
    /// - Throws: `StoreError` when the run cannot be written; nothing of it is kept then.
    func record(_ assessment: Assessment, inventory: Inventory?, recordedAt: Date) throws -> Int64

    /// Lists the recorded runs, newest first.
    ///
    /// - Parameter organizationID: Only this organization's runs, or every run when `nil`.
    /// - Throws: `StoreError` when the database cannot be read.
    func runs(organizationID: String?) throws -> [RunSummary]

    /// Lists every organization with runs in the store, by id, with its newest run.
    ///
    /// - Throws: `StoreError` when the database cannot be read.
    func organizations() throws -> [OrganizationSummary]

    /// Returns the posture per safeguard category of an organization's newest runs, oldest first.
    ///
    /// - Parameters:
    ///   - organizationID: The organization.
    ///   - limit: How many of the newest runs to include.
    /// - Throws: `StoreError` when the database cannot be read.
    func postureHistory(organizationID: String, limit: Int) throws -> [PostureSnapshot]

    /// Returns the summary of one run, or `nil` when there is no run with that id.
    func run(id: Int64) throws -> RunSummary?

    /// Reads back the assessment of one run, equal to the one recorded.
    ///
    /// - Returns: `nil` when there is no run with that id.
    /// - Throws: `StoreError` when the run cannot be read or decoded.
    func assessment(runID: Int64) throws -> Assessment?

    /// Reads the inventory a run kept, as items to compare with another run's.
    ///
    /// - Returns: `nil` when there is no such run or it was recorded without its inventory.
    /// - Throws: `StoreError` when the rows cannot be read.
    func inventory(runID: Int64) throws -> [InventoryItem]?
}

extension Store {
    /// Records one assessment without its inventory.
    public func record(_ assessment: Assessment, recordedAt: Date) throws -> Int64 {
        try record(assessment, inventory: nil, recordedAt: recordedAt)
    }
}
