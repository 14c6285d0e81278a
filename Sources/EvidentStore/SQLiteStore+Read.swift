import EvidentCore
import FoundationEssentials

extension SQLiteStore {
    /// Lists recorded runs, newest first (by `recorded_at`, then by id for runs recorded together).
    ///
    /// Counts come from the normalized tables: checks by status, and findings (warnings included)
    /// by severity.
    ///
    /// - Parameter organizationID: Only this organization's runs, or every run when `nil`.
    public func runs(organizationID: String?) throws -> [RunSummary] {
        let statement = try connection.prepare(
            """
            SELECT id, organization_id, organization_name, as_of, profile, recorded_at
            FROM runs
            WHERE ? IS NULL OR organization_id = ?
            ORDER BY recorded_at DESC, id DESC
            """
        )
        let filter = SQLiteValue.optionalText(organizationID)
        try statement.bind([filter, filter])

        var summaries: [RunSummary] = []
        while try statement.step() {
            let runID = statement.integer(at: 0)
            let asOfText = statement.text(at: 3) ?? ""
            let recordedText = statement.text(at: 5) ?? ""
            guard let asOf = CalendarDay(iso8601: asOfText) else {
                throw StoreError.invalidStoredValue(path: path, runID: runID, column: "runs.as_of", value: asOfText)
            }
            guard let recordedAt = StoreTimestamp.date(recordedText) else {
                throw StoreError.invalidStoredValue(
                    path: path, runID: runID, column: "runs.recorded_at", value: recordedText)
            }
            summaries.append(
                RunSummary(
                    id: runID,
                    organizationID: statement.text(at: 1) ?? "",
                    organizationName: statement.text(at: 2) ?? "",
                    asOf: asOf,
                    profile: statement.text(at: 4) ?? "",
                    recordedAt: recordedAt,
                    checkCounts: try checkCounts(runID: runID),
                    findingCounts: try findingCounts(runID: runID)
                ))
        }
        return summaries
    }

    /// Reads back the assessment of one run from its canonical JSON.
    ///
    /// - Returns: `nil` when there is no run with that id.
    public func assessment(runID: Int64) throws -> Assessment? {
        let statement = try connection.prepare("SELECT assessment_json FROM runs WHERE id = ?")
        try statement.bind([.integer(runID)])
        guard try statement.step() else { return nil }

        return try AssessmentCoding.assessment(statement.text(at: 0) ?? "", runID: runID, path: path)
    }

    // MARK: - Private

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
        let statement = try connection.prepare(sql)
        try statement.bind([.integer(runID)])

        var counts: [Key: Int] = [:]
        while try statement.step() {
            let text = statement.text(at: 0) ?? ""
            guard let key = Key(rawValue: text) else {
                throw StoreError.invalidStoredValue(path: path, runID: runID, column: column, value: text)
            }
            counts[key] = Int(statement.integer(at: 1))
        }
        return counts
    }
}
