import EvidentCore
import FoundationEssentials

/// Reads runs back from either database: summaries for the history, and whole assessments.
struct RunReader<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection

    /// Lists recorded runs, newest first (by `recorded_at`, then by id for runs recorded together).
    ///
    /// Counts come from the normalized tables: checks by status, and findings (warnings included)
    /// by severity.
    func runs(organizationID: String?) throws -> [RunSummary] {
        try summaries(
            where: "CAST(? AS TEXT) IS NULL OR organization_id = ?",
            [.optionalText(organizationID), .optionalText(organizationID)])
    }

    /// The summary of one run, or `nil` for an unknown id.
    func run(id: Int64) throws -> RunSummary? {
        try summaries(where: "id = ?", [.integer(id)]).first
    }

    /// The newest run of each organization with the organization's run count, by organization id.
    func organizations() throws -> [OrganizationSummary] {
        let latest = try summaries(
            where: """
                NOT EXISTS (SELECT 1 FROM runs later WHERE later.organization_id = runs.organization_id
                    AND (later.recorded_at > runs.recorded_at OR (later.recorded_at = runs.recorded_at AND later.id > runs.id)))
                """, [])
        let counts = try connection.query("SELECT organization_id, COUNT(*) FROM runs GROUP BY organization_id", [])
        let countByID = Dictionary(
            counts.map { ($0.text(at: 0) ?? "", Int($0.integer(at: 1))) }, uniquingKeysWith: { first, _ in first })

        return latest.sorted { $0.organizationID < $1.organizationID }.map { run in
            OrganizationSummary(latestRun: run, runCount: countByID[run.organizationID] ?? 0)
        }
    }

    /// Reads back the assessment of one run from its canonical JSON, or `nil` for an unknown run.
    func assessment(runID: Int64) throws -> Assessment? {
        let rows = try connection.query("SELECT assessment_json FROM runs WHERE id = ?", [.integer(runID)])
        guard let row = rows.first else { return nil }

        return try AssessmentCoding.assessment(row.text(at: 0) ?? "", runID: runID, path: connection.location)
    }

    /// Parses a stored calendar day, or throws naming the column.
    func day(_ text: String?, runID: Int64, column: String) throws -> CalendarDay {
        guard let text, let day = CalendarDay(iso8601: text) else {
            throw StoreError.invalidStoredValue(
                path: connection.location, runID: runID, column: column, value: text ?? "NULL")
        }
        return day
    }

    /// Parses a stored instant, or throws naming the column.
    func instant(_ text: String?, runID: Int64, column: String) throws -> Date {
        guard let text, let date = StoreTimestamp.date(text) else {
            throw StoreError.invalidStoredValue(
                path: connection.location, runID: runID, column: column, value: text ?? "NULL")
        }
        return date
    }

    // MARK: - Private

    private func summaries(where condition: String, _ values: [DatabaseValue]) throws -> [RunSummary] {
        let rows = try connection.query(
            """
            SELECT id, organization_id, organization_name, as_of, profile, recorded_at
            FROM runs
            WHERE \(condition)
            ORDER BY recorded_at DESC, id DESC
            """,
            values)

        return try rows.map { row in
            let runID = row.integer(at: 0)
            return RunSummary(
                id: runID,
                organizationID: row.text(at: 1) ?? "",
                organizationName: row.text(at: 2) ?? "",
                asOf: try day(row.text(at: 3), runID: runID, column: "runs.as_of"),
                profile: row.text(at: 4) ?? "",
                recordedAt: try instant(row.text(at: 5), runID: runID, column: "runs.recorded_at"),
                checkCounts: try checkCounts(runID: runID),
                findingCounts: try findingCounts(runID: runID))
        }
    }

    private func checkCounts(runID: Int64) throws -> [CheckStatus: Int] {
        try groupCounts(
            sql: "SELECT status, COUNT(*) FROM results WHERE run_id = ? GROUP BY status",
            runID: runID, column: "results.status", as: CheckStatus.self)
    }

    private func findingCounts(runID: Int64) throws -> [Severity: Int] {
        try groupCounts(
            sql: "SELECT severity, COUNT(*) FROM findings WHERE run_id = ? GROUP BY severity",
            runID: runID, column: "findings.severity", as: Severity.self)
    }

    private func groupCounts<Key: RawRepresentable & Hashable>(
        sql: String, runID: Int64, column: String, as: Key.Type
    ) throws -> [Key: Int] where Key.RawValue == String {
        var counts: [Key: Int] = [:]
        for row in try connection.query(sql, [.integer(runID)]) {
            let text = row.text(at: 0) ?? ""
            guard let key = Key(rawValue: text) else {
                throw StoreError.invalidStoredValue(
                    path: connection.location, runID: runID, column: column, value: text)
            }
            counts[key] = Int(row.integer(at: 1))
        }
        return counts
    }
}
