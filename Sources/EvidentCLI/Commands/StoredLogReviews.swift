import EvidentCore
import EvidentStore
import Foundation

/// Reads the log reviews `evident review` stored, for `audit.log-review`.
enum StoredLogReviews {
    /// Returns an organization's stored log reviews, or none when the workspace has no history yet.
    ///
    /// An absent database file is not created here, so `assess --no-store` leaves nothing behind.
    static func read(at location: WorkspaceLocation, organizationID: String) throws -> [LogReviewRecord] {
        let isMissingFile =
            !PostgreSQLStore.isURL(location.databasePath)
            && !FileManager.default.fileExists(atPath: location.databasePath)
        guard !isMissingFile, let store = try location.openStore() as? any LogReviewStore else { return [] }
        return try store.logReviews(organizationID: organizationID)
    }
}
