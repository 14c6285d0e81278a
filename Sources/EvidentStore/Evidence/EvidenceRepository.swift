import Foundation

/// Keeps evidence content by SHA-256 in either database: as files beside a SQLite database, or in the
/// `content` column of `evidence_objects` on PostgreSQL. Each newly stored file gets an
/// `evidence.stored` ledger entry in the same transaction as its row.
struct EvidenceRepository<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// The folder of a SQLite history; `nil` for PostgreSQL, which keeps content in the table.
    let folder: EvidenceFolder?
    /// The user storing the content, for the ledger.
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
        return try commit(
            sha256: sha256, bytes: Int64(content.count), path: path, recordedAt: recordedAt,
            content: folder == nil ? content : nil
        ) {
            try folder?.write(content, sha256: sha256)
        }
    }

    /// Keeps a file under the SHA-256 recorded when the workspace was read, reading it only when that
    /// content is not kept yet. A SQLite history copies it 1 MiB at a time, so a large export is never
    /// held in memory.
    ///
    /// - Throws: `LedgerError.contentChanged` when the file's hash is no longer `expectedSHA256`,
    ///   `LedgerError.evidenceFile` or `StoreError` when it cannot be read or written.
    func keep(fileAt source: URL, path: String, expectedSHA256: String, recordedAt: Date) throws -> StoredEvidence {
        if let kept = try keptCopy(sha256: expectedSHA256) { return kept }
        guard let folder else {
            return try keep(
                try EvidenceFolder.contents(of: source), path: path, expectedSHA256: expectedSHA256,
                recordedAt: recordedAt)
        }

        let staged = try folder.stage(source, path: path, expectedSHA256: expectedSHA256)
        defer { staged.discard() }
        return try commit(sha256: expectedSHA256, bytes: staged.bytes, path: path, recordedAt: recordedAt, content: nil)
        {
            try folder.place(staged)
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

    /// Returns the row of one stored file, or `nil`.
    func object(sha256: String) throws -> StoredEvidence? {
        try objects(where: "sha256 = ?", [.text(sha256)]).first
    }

    /// Returns every row of the evidence store, by SHA-256.
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

    // MARK: - Private

    /// Returns the stored file when content with this SHA-256 is kept and present, checked under the
    /// ledger lock so a concurrent prune is not half done.
    private func keptCopy(sha256: String) throws -> StoredEvidence? {
        try connection.inTransaction {
            try LedgerWriter(connection: connection).lock()
            guard let existing = try object(sha256: sha256), existing.prunedAt == nil else { return nil }
            if let folder, !FileManager.default.fileExists(atPath: folder.url(sha256: sha256).path) { return nil }
            return existing
        }
    }

    /// Places the content and writes its row and `evidence.stored` entry in one transaction.
    ///
    /// The content is placed under the transaction's lock, so a concurrent prune cannot delete it
    /// between placing it and the row that records it. A missing file is placed again.
    private func commit(
        sha256: String, bytes: Int64, path: String, recordedAt: Date, content: [UInt8]?, place: () throws -> Void
    ) throws -> StoredEvidence {
        try connection.inTransaction {
            try LedgerWriter(connection: connection).lock()
            try place()
            if let existing = try object(sha256: sha256), existing.prunedAt == nil {
                return existing
            }

            let time = StoreTimestamp.text(recordedAt)
            let stored = StoredEvidence(sha256: sha256, bytes: bytes, storedAt: time, prunedAt: nil)
            try connection.run("DELETE FROM evidence_objects WHERE sha256 = ?", [.text(sha256)])
            // NOTE: PostgreSQL receives the content as hex text, twice its size, and rejects a text
            // value over 1 GB, so a file over about 500 MB cannot be kept there.
            try connection.run(
                content != nil
                    ? "INSERT INTO evidence_objects (sha256, bytes, stored_at, content) VALUES (?, ?, ?, decode(?, 'hex'))"
                    : "INSERT INTO evidence_objects (sha256, bytes, stored_at, content) VALUES (?, ?, ?, ?)",
                [.text(sha256), .integer(bytes), .text(time), content.map { .text(Hex.text($0)) } ?? .null])
            let payload = EvidenceEntryPayload(sha256: sha256, bytes: bytes, path: path, retainedSince: nil)
            let draft = try LedgerDraft(
                action: .evidenceStored, actor: actor, organizationID: nil, runID: nil, subject: sha256,
                encoding: payload)
            _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
            return stored
        }
    }
}
