import EvidentCore

/// The output of `evident history`: the stored runs, newest first, with their counts.
public enum HistoryListing {
    /// Renders runs as a table for the terminal.
    ///
    /// Columns: run id, recorded at (UTC), as of, organization, checks passed / failed / with
    /// insufficient evidence / not applicable, and findings by severity. Long organization names are
    /// shortened with `...` so rows stay within 100 columns.
    ///
    /// - Returns: The table, ending with a newline.
    public static func renderText(_ runs: [RunSummary]) -> String {
        guard !runs.isEmpty else {
            return "No runs recorded. Run evident assess to record one.\n"
        }

        let header = row(
            [
                "RUN", "RECORDED (UTC)", "AS OF", "ORGANIZATION", "PASS", "FAIL", "INSUF", "N/A", "CRIT", "HIGH", "MED",
                "LOW",
            ])
        var lines = [header]
        for run in runs {
            let counts = [
                run.checkCount(.pass), run.checkCount(.fail), run.checkCount(.insufficientEvidence),
                run.checkCount(.notApplicable), run.findingCount(.critical), run.findingCount(.high),
                run.findingCount(.medium), run.findingCount(.low),
            ]
            lines.append(
                row(
                    [String(run.id), ReportDate.tableText(run.recordedAt), run.asOf.description, run.organizationName]
                        + counts.map(String.init)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders runs as JSON: `{"runs": [...], "schema_version": N}`, newest first.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ runs: [RunSummary]) throws -> String {
        try JSONOutput.text(HistoryDocument(schemaVersion: Assessment.schemaVersion, runs: runs.map(RunDocument.init)))
    }

    // MARK: - Private

    /// Widths of the columns, which with one space between them add up to 100.
    private static let widths = [5, 19, 10, 22, 4, 4, 5, 4, 4, 4, 4, 4]

    /// Lays out a row: text columns left-aligned, the run id and the counts right-aligned.
    private static func row(_ cells: [String]) -> String {
        FixedWidthRow.render(cells, widths: widths) { (1...3).contains($0) }
    }
}

private struct HistoryDocument: Encodable {
    let schemaVersion: Int
    let runs: [RunDocument]

    enum CodingKeys: String, CodingKey {
        case runs
        case schemaVersion = "schema_version"
    }
}

private struct RunDocument: Encodable {
    let id: Int64
    let organization: RunOrganizationDocument
    let asOf: String
    let profile: String
    let recordedAt: String
    let checks: [String: Int]
    let findingsBySeverity: [String: Int]

    init(_ run: RunSummary) {
        id = run.id
        organization = RunOrganizationDocument(id: run.organizationID, name: run.organizationName)
        asOf = run.asOf.description
        profile = run.profile
        recordedAt = ReportDate.text(run.recordedAt)
        checks = [
            "passed": run.checkCount(.pass), "failed": run.checkCount(.fail),
            "insufficient_evidence": run.checkCount(.insufficientEvidence),
            "not_applicable": run.checkCount(.notApplicable),
        ]
        findingsBySeverity = Dictionary(
            uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, run.findingCount($0)) })
    }

    enum CodingKeys: String, CodingKey {
        case id, organization, profile, checks
        case asOf = "as_of"
        case recordedAt = "recorded_at"
        case findingsBySeverity = "findings_by_severity"
    }
}

private struct RunOrganizationDocument: Encodable {
    let id: String
    let name: String
}
