import Foundation

/// A store that also keeps Evident's own records: the hash-chained ledger and the content-addressed
/// evidence store, with their verification and pruning.
///
/// Every run the store records gets a `run.recorded` entry in the same transaction; the methods
/// below add the rest.
public protocol LedgerStore: Store {
    /// Appends one entry to the ledger in its own transaction and returns it as stored, with its
    /// sequence number and hashes.
    ///
    /// Features that record decisions, exceptions or plan changes call this after their own writes,
    /// with a payload that says what changed.
    ///
    /// - Throws: `LedgerError.invalidField` when the actor, action, organization or subject holds a
    ///   line break; `StoreError` when the entry cannot be written.
    func appendLedgerEntry(_ draft: LedgerDraft, recordedAt: Date) throws -> LedgerEntry

    /// Lists the ledger entries, oldest first: every entry, or with a run id only the run's entries
    /// and those of the evidence files it used.
    func ledgerEntries(runID: Int64?) throws -> [LedgerEntry]

    /// Lists an organization's ledger entries of some actions, oldest first, reading no others.
    func ledgerEntries(actions: Set<LedgerAction>, organizationID: String) throws -> [LedgerEntry]

    /// Keeps an evidence file's content under its SHA-256, once, and records it in the ledger.
    ///
    /// - Parameters:
    ///   - content: The file's bytes.
    ///   - path: The workspace path it was read from.
    ///   - expectedSHA256: The hash recorded when the workspace was read; the content must match it.
    ///   - recordedAt: When the content is stored.
    /// - Throws: `LedgerError.contentChanged` when the content no longer matches `expectedSHA256`.
    func keepEvidence(_ content: [UInt8], path: String, expectedSHA256: String?, recordedAt: Date) throws
        -> StoredEvidence

    /// Keeps an evidence file under the SHA-256 recorded when it was read, reading it only when that
    /// content is not kept yet.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - path: The workspace path it was read from.
    ///   - expectedSHA256: The hash recorded when the workspace was read; the file must still match it.
    ///   - recordedAt: When the content is stored.
    /// - Throws: `LedgerError.contentChanged` when the file no longer matches `expectedSHA256`.
    func keepEvidence(fileAt source: URL, path: String, expectedSHA256: String, recordedAt: Date) throws
        -> StoredEvidence

    /// Reads the content kept under a SHA-256; `nil` when none is kept (never stored, or pruned).
    func evidenceContent(sha256: String) throws -> [UInt8]?

    /// Recomputes the ledger chain, every run's hashes and every kept evidence file's hash.
    func verifyRecords() throws -> IntegrityReport

    /// Removes kept evidence files that no run recorded since `retainedSince` used and that were
    /// stored before it, and returns them. With `dryRun`, only returns them.
    func pruneEvidence(retainedSince: Date, now: Date, dryRun: Bool) throws -> [StoredEvidence]
}
