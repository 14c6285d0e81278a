import FoundationEssentials

/// Removes evidence content past its retention period, never content that a retained run used.
///
/// A file is removed when it was stored before the start of the retention period and no run recorded
/// since then lists it in `evidence_files`. Its row stays with `pruned_at` set, and an
/// `evidence.pruned` ledger entry records the removal, so `evident verify` can tell a pruned file
/// from a deleted one. Runs themselves are never removed.
struct EvidencePruner<Connection: DatabaseConnection> {
    /// The evidence store.
    let repository: EvidenceRepository<Connection>

    /// The files that pruning with this retention start would remove, by SHA-256.
    func candidates(retainedSince: Date) throws -> [StoredEvidence] {
        let start = StoreTimestamp.text(retainedSince)
        return try repository.objects(
            where: """
                pruned_at IS NULL AND stored_at < ? AND NOT EXISTS (
                    SELECT 1 FROM evidence_files JOIN runs ON runs.id = evidence_files.run_id
                    WHERE evidence_files.sha256 = evidence_objects.sha256 AND runs.recorded_at >= ?)
                """,
            [.text(start), .text(start)])
    }

    /// Removes the candidate files and returns them.
    ///
    /// Rows, ledger entries and SQLite's files change in one transaction, so a concurrent `keep` of
    /// the same content waits and then stores it again.
    func prune(retainedSince: Date, now: Date) throws -> [StoredEvidence] {
        let connection = repository.connection
        return try connection.inTransaction {
            try LedgerWriter(connection: connection).lock()
            let files = try candidates(retainedSince: retainedSince)

            let time = StoreTimestamp.text(now)
            for file in files {
                try connection.run(
                    "UPDATE evidence_objects SET pruned_at = ?, content = NULL WHERE sha256 = ?",
                    [.text(time), .text(file.sha256)])
                let payload = EvidenceEntryPayload(
                    sha256: file.sha256, bytes: file.bytes, path: nil,
                    retainedSince: StoreTimestamp.text(retainedSince))
                let draft = try LedgerDraft(
                    action: .evidencePruned, actor: repository.actor, organizationID: nil, runID: nil,
                    subject: file.sha256, encoding: payload)
                _ = try LedgerWriter(connection: connection).append(draft, recordedAt: now)
                // NOTE: a failed commit after this leaves the row unpruned and its file gone, which
                // `evident verify` then reports as missing content.
                try repository.folder?.remove(sha256: file.sha256)
            }
            return files
        }
    }
}
