/// Computes a run's `RunRecordPayload` from the rows the database holds for it.
///
/// Every value is read as text, which both databases print alike, and hashed by `RowDigest`. Column
/// lists are explicit, so a column added to a table by a later migration does not change the
/// fingerprint of older runs.
struct RunFingerprint<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection

    /// Computes the payload of a run, or returns `nil` when there is no run with that id.
    func payload(runID: Int64) throws -> RunRecordPayload? {
        let runRows = try connection.query(
            """
            SELECT id, organization_id, organization_name, as_of, profile, recorded_at, assessment_schema_version,
                assessment_json, has_inventory
            FROM runs WHERE id = ?
            """,
            [.integer(runID)])
        guard let run = runRows.first else { return nil }

        let kept = try connection.query(
            """
            SELECT path, sha256 FROM evidence_files
            WHERE run_id = ? AND sha256 IN (SELECT sha256 FROM evidence_objects)
            ORDER BY path
            """,
            [.integer(runID)])
        return RunRecordPayload(
            runID: runID,
            organizationID: run.text(at: 1) ?? "",
            recordedAt: run.text(at: 5) ?? "",
            assessmentSHA256: SHA256Hasher.hex(of: run.text(at: 7) ?? ""),
            runRowSHA256: RowDigest.sha256(runRows),
            resultsSHA256: try digest(
                "SELECT position, check_id, title, status, citations, documented, implemented, maintained, evidenced, "
                    + "summary FROM results WHERE run_id = ? ORDER BY position", runID),
            findingsSHA256: try digest(
                "SELECT position, check_id, kind, severity, subject_kind, subject_id, message, remediation, evidence, "
                    + "touches_ephi FROM findings WHERE run_id = ? ORDER BY position", runID),
            evidenceFilesSHA256: try digest(
                "SELECT path, sha256, format, records, earliest, latest, warnings, error FROM evidence_files "
                    + "WHERE run_id = ? ORDER BY path", runID),
            postureSHA256: try digest(
                "SELECT category, passed, failed, insufficient_evidence, not_applicable FROM run_posture "
                    + "WHERE run_id = ? ORDER BY category", runID),
            evidence: kept.map { RunRecordPayload.KeptFile(path: $0.text(at: 0) ?? "", sha256: $0.text(at: 1) ?? "") })
    }

    // MARK: - Private

    private func digest(_ sql: String, _ runID: Int64) throws -> String {
        try RowDigest.sha256(sql, id: runID, connection: connection)
    }
}
