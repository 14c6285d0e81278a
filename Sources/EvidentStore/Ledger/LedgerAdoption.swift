import FoundationEssentials

/// Enters runs and log reviews recorded before the ledger existed (schema version 4 and older) into
/// the ledger, each with a `run.adopted` or `log-review.adopted` entry whose payload hashes its rows
/// as they are when adopted.
///
/// The ledger vouches for an adopted run only from its adoption on. `evident verify` and the binder
/// show the action, so it is not mistaken for a run recorded under the ledger.
struct LedgerAdoption<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// The user who opened the store, for the entries.
    let actor: String

    /// Adopts every run and log review without a ledger entry, inside the caller's transaction.
    ///
    /// Only the upgrade to schema version 8 calls it, once, so a run or review added by hand later
    /// is reported by `evident verify` instead of being adopted.
    func adoptUnledgeredRuns(now: Date) throws {
        try LedgerWriter(connection: connection).lock()
        for runID in try unledgeredRunIDs() {
            guard let payload = try RunFingerprint(connection: connection).payload(runID: runID) else { continue }
            let draft = try LedgerDraft(
                action: .runAdopted, actor: actor, organizationID: payload.organizationID, runID: runID,
                subject: String(runID), encoding: payload)
            _ = try LedgerWriter(connection: connection).append(draft, recordedAt: now)
        }
        for reviewID in try unledgeredReviewIDs() {
            try LogReviewFingerprint(connection: connection).appendEntry(
                reviewID: reviewID, action: .logReviewAdopted, actor: actor, recordedAt: now)
        }
    }

    // MARK: - Private

    private func unledgeredRunIDs() throws -> [Int64] {
        try connection.query(
            """
            SELECT id FROM runs
            WHERE NOT EXISTS (SELECT 1 FROM ledger_entries WHERE ledger_entries.run_id = runs.id)
            ORDER BY id
            """, []
        ).map { $0.integer(at: 0) }
    }

    private func unledgeredReviewIDs() throws -> [Int64] {
        try connection.query(
            """
            SELECT id FROM log_reviews
            WHERE NOT EXISTS (SELECT 1 FROM ledger_entries
                WHERE ledger_entries.action IN ('log-review.recorded', 'log-review.adopted')
                    AND ledger_entries.subject = CAST(log_reviews.id AS TEXT))
            ORDER BY id
            """, []
        ).map { $0.integer(at: 0) }
    }
}
