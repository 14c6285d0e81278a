import Foundation

extension SQLiteStore: LedgerStore {
    /// The evidence store's folder: `evidence/` beside the database file.
    public var evidenceFolder: String {
        EvidenceFolder(databasePath: path).root.path
    }

    public func appendLedgerEntry(_ draft: LedgerDraft, recordedAt: Date) throws -> LedgerEntry {
        try connection.inTransaction { try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt) }
    }

    public func ledgerEntries(runID: Int64?) throws -> [LedgerEntry] {
        let reader = LedgerReader(connection: connection)
        return try runID.map { try reader.entries(runID: $0) } ?? reader.entries()
    }

    public func ledgerEntries(actions: Set<LedgerAction>, organizationID: String) throws -> [LedgerEntry] {
        try LedgerReader(connection: connection).entries(actions: actions, organizationID: organizationID)
    }

    public func keepEvidence(_ content: [UInt8], path: String, expectedSHA256: String?, recordedAt: Date) throws
        -> StoredEvidence
    {
        try evidence.keep(content, path: path, expectedSHA256: expectedSHA256, recordedAt: recordedAt)
    }

    public func keepEvidence(fileAt source: URL, path: String, expectedSHA256: String, recordedAt: Date) throws
        -> StoredEvidence
    {
        try evidence.keep(fileAt: source, path: path, expectedSHA256: expectedSHA256, recordedAt: recordedAt)
    }

    public func evidenceContent(sha256: String) throws -> [UInt8]? {
        try evidence.content(sha256: sha256)
    }

    public func verifyRecords() throws -> IntegrityReport {
        try IntegrityVerifier(repository: evidence).verify()
    }

    public func pruneEvidence(retainedSince: Date, now: Date, dryRun: Bool) throws -> [StoredEvidence] {
        let pruner = EvidencePruner(repository: evidence)
        return dryRun
            ? try pruner.candidates(retainedSince: retainedSince)
            : try pruner.prune(retainedSince: retainedSince, now: now)
    }

    // MARK: - Private

    private var evidence: EvidenceRepository<SQLiteConnection> {
        EvidenceRepository(connection: connection, folder: EvidenceFolder(databasePath: path), actor: actor)
    }
}
