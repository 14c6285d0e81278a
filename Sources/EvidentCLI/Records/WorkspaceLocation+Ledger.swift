import EvidentStore
import Foundation

extension WorkspaceLocation {
    /// Opens the history database with its ledger and evidence store, creating it on first use.
    ///
    /// - Throws: `StoreError` when the file cannot be opened, the server cannot be reached, or the
    ///   schema cannot be migrated.
    func openLedgerStore() throws -> any LedgerStore {
        if PostgreSQLStore.isURL(databasePath) {
            return try PostgreSQLStore(url: databasePath)
        }
        return try SQLiteStore(path: databasePath)
    }

    /// Opens a history database that must already exist, with its ledger and evidence store.
    ///
    /// - Throws: `UsageError` naming the path when a SQLite file does not exist.
    func openExistingLedgerStore() throws -> any LedgerStore {
        if !PostgreSQLStore.isURL(databasePath) && !FileManager.default.fileExists(atPath: databasePath) {
            throw UsageError.invalidArgument(
                "no history database at \(databasePath); run 'evident assess' on the workspace first, or name "
                    + "the database with --database or EVIDENT_DATABASE_URL.")
        }
        return try openLedgerStore()
    }
}
