import FoundationEssentials

/// Keeps evidence content by SHA-256 in either database: as files beside a SQLite database, or in the
/// `content` column of `evidence_objects` on PostgreSQL. Each newly stored file gets an
/// `evidence.stored` ledger entry in the same transaction as its row.
struct EvidenceRepository<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// The folder of a SQLite history; `nil` for PostgreSQL, which keeps content in the table.
    let folder: EvidenceFolder?
    /// Who stores the content, for the ledger.
    let actor: String

    /// Keeps content under its SHA-256, once: content already kept is not stored again.
    ///
    /// - Parameters:
    ///   - content: The file's bytes.
    ///   - path: The workspace path the content was read from, for the ledger entry.
    ///   - expectedSHA256: The hash recorded when the workspace was read, or `nil` to accept any.
    ///   - recordedAt: When the content is stored.
    /// - Returns: The stored file's description.
    /// - Throws: `LedgerError.contentChanged` when the content's hash differs from `expectedSHA256`,
    ///   `LedgerError.evidenceFile` or `StoreError` when it cannot be written.
    func keep(_ content: [UInt8], path: String, expectedSHA256: String?, recordedAt: Date) throws -> StoredEvidence {
        let sha256 = SHA256Hasher.hex(of: content)
        if let expectedSHA256, expectedSHA256 != sha256 {
            throw LedgerError.contentChanged(path: path, expected: expectedSHA256, found: sha256)
        }
        return try connection.inTransaction {
            // The file is written under the transaction's lock, so a concurrent prune cannot delete it
            // between this write and the row that says it is kept. A missing file is written again.
            try LedgerWriter(connection: connection).lock()
            try folder?.write(content, sha256: sha256)
            if let existing = try object(sha256: sha256), existing.prunedAt == nil {
                return existing
            }

            let time = StoreTimestamp.text(recordedAt)
            let stored = StoredEvidence(sha256: sha256, bytes: Int64(content.count), storedAt: time, prunedAt: nil)
            try connection.run("DELETE FROM evidence_objects WHERE sha256 = ?", [.text(sha256)])
            // NOTE: PostgreSQL receives the content as hex text, twice its size, and rejects a text
            // value over 1 GB, so a file over about 500 MB cannot be kept there.
            try connection.run(
                folder == nil
                    ? "INSERT INTO evidence_objects (sha256, bytes, stored_at, content) VALUES (?, ?, ?, decode(?, 'hex'))"
                    : "INSERT INTO evidence_objects (sha256, bytes, stored_at, content) VALUES (?, ?, ?, ?)",
                [
                    .text(sha256), .integer(stored.bytes), .text(time),
                    folder == nil ? .text(Hex.text(content)) : .null,
                ])
            let payload = EvidenceEntryPayload(sha256: sha256, bytes: stored.bytes, path: path, retainedSince: nil)
            let draft = try LedgerDraft(
                action: .evidenceStored, actor: actor, organizationID: nil, runID: nil, subject: sha256,
                encoding: payload)
            _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
            return stored
        }
    }

    /// Reads the content kept under a SHA-256; `nil` when none is kept (never stored, or pruned).
    func content(sha256: String) throws -> [UInt8]? {
        guard let object = try object(sha256: sha256), object.prunedAt == nil else { return nil }
        if let folder {
            return try folder.read(sha256: sha256)
        }
        let rows = try connection.query(
            "SELECT encode(content, 'hex') FROM evidence_objects WHERE sha256 = ?", [.text(sha256)])
        return rows.first?.text(at: 0).flatMap { Hex.bytes($0) }
    }

    /// Recomputes the SHA-256 of the content kept under a SHA-256; `nil` when it is missing.
    func digest(sha256: String) throws -> String? {
        if let folder {
            return try folder.digest(sha256: sha256)
        }
        return try content(sha256: sha256).map { SHA256Hasher.hex(of: $0) }
    }

    /// The row of one stored file, or `nil`.
    func object(sha256: String) throws -> StoredEvidence? {
        try objects(where: "sha256 = ?", [.text(sha256)]).first
    }

    /// Every row of the evidence store, by SHA-256.
    func objects(where condition: String = "1 = 1", _ values: [DatabaseValue] = []) throws -> [StoredEvidence] {
        let rows = try connection.query(
            "SELECT sha256, bytes, stored_at, pruned_at FROM evidence_objects WHERE \(condition) ORDER BY sha256",
            values)
        return rows.map { row in
            StoredEvidence(
                sha256: row.text(at: 0) ?? "", bytes: row.integer(at: 1), storedAt: row.text(at: 2) ?? "",
                prunedAt: row.text(at: 3))
        }
    }
}
