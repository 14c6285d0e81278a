import EvidentCore

/// Reads the posture per safeguard category of an organization's runs, oldest first.
struct PostureReader<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection

    /// Returns the posture of the newest `limit` runs of an organization, oldest first.
    func history(organizationID: String, limit: Int) throws -> [PostureSnapshot] {
        let reader = RunReader(connection: connection)
        let runs = try connection.query(
            """
            SELECT id, as_of, recorded_at FROM runs WHERE organization_id = ?
            ORDER BY recorded_at DESC, id DESC LIMIT ?
            """,
            [.text(organizationID), .integer(limit)])

        return try runs.reversed().map { row in
            let runID = row.integer(at: 0)
            return PostureSnapshot(
                runID: runID,
                asOf: try reader.day(row.text(at: 1), runID: runID, column: "runs.as_of"),
                recordedAt: try reader.instant(row.text(at: 2), runID: runID, column: "runs.recorded_at"),
                posture: try posture(runID: runID))
        }
    }

    // MARK: - Private

    private func posture(runID: Int64) throws -> [CategoryPosture] {
        let rows = try connection.query(
            """
            SELECT category, passed, failed, insufficient_evidence, not_applicable
            FROM run_posture WHERE run_id = ?
            """,
            [.integer(runID)])
        guard !rows.isEmpty else {
            // Runs recorded before schema version 3 keep their posture only in the assessment JSON.
            return try RunReader(connection: connection).assessment(runID: runID)?.posture ?? []
        }

        let postures = try rows.map { row in
            let text = row.text(at: 0) ?? ""
            guard let category = SafeguardCategory(rawValue: text) else {
                throw StoreError.invalidStoredValue(
                    path: connection.location, runID: runID, column: "run_posture.category", value: text)
            }
            return CategoryPosture(
                category: category, passed: Int(row.integer(at: 1)), failed: Int(row.integer(at: 2)),
                insufficientEvidence: Int(row.integer(at: 3)), notApplicable: Int(row.integer(at: 4)))
        }
        return postures.sorted { $0.category < $1.category }
    }
}
