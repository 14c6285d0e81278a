import EvidentCore
import EvidentStore
import Foundation

/// Records an assessment run together with its evidence: each evidence file the run read is kept in
/// the evidence store under its SHA-256 first, then the run is recorded, so the run's ledger entry
/// lists the files it kept.
enum RunRecorder {
    /// Keeps the evidence files, records the run and enters new or changed exceptions and decisions in
    /// the ledger; returns the run's id.
    ///
    /// Files that could not be read when the workspace was loaded have no SHA-256 and are skipped.
    ///
    /// - Throws: `LedgerError.contentChanged` when a file changed since the workspace was read. The run
    ///   is then not recorded, because its evidence would differ from what was assessed. `LedgerError`
    ///   or `StoreError` when the store cannot be written.
    static func record(
        _ assessment: Assessment, inventory: Inventory, workspace: URL, store: any LedgerStore, recordedAt: Date
    ) throws -> Int64 {
        for file in assessment.evidence where SHA256Hasher.isDigest(file.sha256) {
            _ = try store.keepEvidence(
                fileAt: workspace.appendingPathComponent(file.path), path: file.path, expectedSHA256: file.sha256,
                recordedAt: recordedAt)
        }
        let runID = try store.record(assessment, inventory: inventory, recordedAt: recordedAt)
        try AttestationLedger(organizationID: assessment.organization.id, runID: runID)
            .record(inventory.attestations, in: store, recordedAt: recordedAt)
        return runID
    }
}
