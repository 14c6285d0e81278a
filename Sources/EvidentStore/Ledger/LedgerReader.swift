import FoundationEssentials

/// Reads ledger entries back from either database.
struct LedgerReader<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection

    /// Returns every entry, in sequence order.
    func entries() throws -> [LedgerEntry] {
        try select(where: "1 = 1", [])
    }

    /// Returns the entries that concern one run: its own entries, and those of the evidence files it used.
    func entries(runID: Int64) throws -> [LedgerEntry] {
        try select(
            where: """
                run_id = ? OR (action IN ('evidence.stored', 'evidence.pruned')
                    AND subject IN (SELECT sha256 FROM evidence_files WHERE run_id = ?))
                """,
            [.integer(runID), .integer(runID)])
    }

    /// Returns an organization's entries of some actions, in sequence order.
    func entries(actions: Set<LedgerAction>, organizationID: String) throws -> [LedgerEntry] {
        let names = actions.map(\.rawValue).sorted()
        let placeholders = names.map { _ in "?" }.joined(separator: ", ")
        return try select(
            where: "organization_id = ? AND action IN (\(placeholders))",
            [.text(organizationID)] + names.map { .text($0) })
    }

    // MARK: - Private

    private func select(where condition: String, _ values: [DatabaseValue]) throws -> [LedgerEntry] {
        let rows = try connection.query(
            """
            SELECT sequence, recorded_at, actor, action, organization_id, run_id, subject, payload, payload_sha256,
                previous_hash, entry_hash
            FROM ledger_entries
            WHERE \(condition)
            ORDER BY sequence
            """,
            values)

        return rows.map { row in
            LedgerEntry(
                sequence: row.integer(at: 0), recordedAt: row.text(at: 1) ?? "", actor: row.text(at: 2) ?? "",
                action: LedgerAction(rawValue: row.text(at: 3) ?? ""), organizationID: row.text(at: 4),
                runID: row.text(at: 5).flatMap { Int64($0) }, subject: row.text(at: 6) ?? "",
                payload: row.text(at: 7) ?? "", payloadSHA256: row.text(at: 8) ?? "",
                previousHash: row.text(at: 9) ?? "", entryHash: row.text(at: 10) ?? "")
        }
    }
}
