import FoundationEssentials

/// Appends entries to the ledger inside the caller's transaction, so an entry commits together with
/// the rows it describes or not at all.
///
/// The chain stays linear when several processes append at once: SQLite's `BEGIN IMMEDIATE` already
/// holds the database's write lock for the whole transaction, and on PostgreSQL the writer takes a
/// transaction-scoped advisory lock before reading the last entry, held until commit.
struct LedgerWriter<Connection: DatabaseConnection> {
    /// The advisory lock key of ledger appends, arbitrary but fixed for every Evident build.
    static var lockKey: Int64 { 0x4576_6964_656E_7402 }

    /// The open database, inside a transaction.
    let connection: Connection

    /// Appends one entry after the newest and returns it.
    ///
    /// - Throws: `LedgerError.invalidField` for a field with a line break, `StoreError` when the
    ///   entry cannot be written.
    func append(_ draft: LedgerDraft, recordedAt: Date) throws -> LedgerEntry {
        try Self.validate(draft)
        try lock()

        let last = try connection.query(
            "SELECT sequence, entry_hash FROM ledger_entries ORDER BY sequence DESC LIMIT 1", [])
        let sequence = (last.first?.integer(at: 0) ?? 0) + 1
        let previousHash = last.first?.text(at: 1) ?? LedgerEntry.genesisHash

        let time = StoreTimestamp.text(recordedAt)
        let payloadSHA256 = SHA256Hasher.hex(of: draft.payload)
        let canonical = LedgerEntry.canonicalText(
            sequence: sequence, recordedAt: time, actor: draft.actor, action: draft.action,
            organizationID: draft.organizationID, runID: draft.runID, subject: draft.subject,
            payloadSHA256: payloadSHA256, previousHash: previousHash)
        let entry = LedgerEntry(
            sequence: sequence, recordedAt: time, actor: draft.actor, action: draft.action,
            organizationID: draft.organizationID, runID: draft.runID, subject: draft.subject, payload: draft.payload,
            payloadSHA256: payloadSHA256, previousHash: previousHash, entryHash: SHA256Hasher.hex(of: canonical))

        try connection.run(
            """
            INSERT INTO ledger_entries (sequence, recorded_at, actor, action, organization_id, run_id, subject,
                payload, payload_sha256, previous_hash, entry_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(entry.sequence), .text(entry.recordedAt), .text(entry.actor), .text(entry.action.rawValue),
                .optionalText(entry.organizationID), entry.runID.map(DatabaseValue.integer) ?? .null,
                .text(entry.subject), .text(entry.payload), .text(entry.payloadSHA256), .text(entry.previousHash),
                .text(entry.entryHash),
            ])
        return entry
    }

    /// Takes the append lock: on PostgreSQL an advisory lock released at commit or rollback; on
    /// SQLite nothing, because the transaction already holds the write lock.
    func lock() throws {
        guard connection.dialect == .postgreSQL else { return }
        try connection.run("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
    }

    // MARK: - Private

    private static func validate(_ draft: LedgerDraft) throws {
        let fields = [
            ("actor", draft.actor), ("action", draft.action.rawValue), ("organization_id", draft.organizationID ?? ""),
            ("subject", draft.subject),
        ]
        for (name, value) in fields
        where value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw LedgerError.invalidField(field: name, value: value)
        }
        if draft.actor.isEmpty || draft.action.rawValue.isEmpty {
            throw LedgerError.invalidField(field: draft.actor.isEmpty ? "actor" : "action", value: "")
        }
    }
}
