import EvidentCore
import FoundationEssentials

extension SQLiteStore {
    /// Records one assessment, and the inventory it was computed from when given, as a new run in a
    /// single transaction, rolled back on any error.
    ///
    /// The organization row is created or updated to the assessment's name and kind. The run keeps
    /// the name as it was at the time of the run.
    ///
    /// - Returns: The new run's id.
    /// - Throws: `StoreError` when a row cannot be written, for example two results with one check id.
    public func record(_ assessment: Assessment, inventory: Inventory?, recordedAt: Date) throws -> Int64 {
        try RunWriter(connection: connection, actor: actor).record(
            assessment, inventory: inventory, recordedAt: recordedAt)
    }
}
