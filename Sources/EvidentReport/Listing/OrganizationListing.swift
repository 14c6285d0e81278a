import EvidentCore

/// The output of `evident orgs`: every organization in the store with its latest posture.
public enum OrganizationListing {
    /// Renders organizations as a table: id, name, runs, last run (UTC), as of, checks passed,
    /// failed and lacking evidence, and critical and high findings of the latest run.
    ///
    /// - Returns: The table, ending with a newline.
    public static func renderText(_ organizations: [OrganizationSummary]) -> String {
        guard !organizations.isEmpty else {
            return "No organizations recorded. Run evident assess to record one.\n"
        }

        var lines = [
            row(["ORGANIZATION", "NAME", "RUNS", "LAST RUN (UTC)", "AS OF", "PASS", "FAIL", "INSUF", "CRIT", "HIGH"])
        ]
        for organization in organizations {
            let run = organization.latestRun
            lines.append(
                row([
                    run.organizationID, run.organizationName, String(organization.runCount),
                    ReportDate.tableText(run.recordedAt), run.asOf.description, String(run.checkCount(.pass)),
                    String(run.checkCount(.fail)), String(run.checkCount(.insufficientEvidence)),
                    String(run.findingCount(.critical)), String(run.findingCount(.high)),
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders organizations as JSON: `{"organizations": [...], "schema_version": N}`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ organizations: [OrganizationSummary]) throws -> String {
        try JSONOutput.text(
            OrganizationsDocument(
                schemaVersion: Assessment.schemaVersion, organizations: organizations.map(OrganizationRowDocument.init))
        )
    }

    // MARK: - Private

    /// Widths of the columns; with one space between them they add up to 100.
    private static let widths = [24, 20, 4, 19, 10, 4, 4, 5, 4, 4]

    /// Lays out a row: names and dates left-aligned, counts right-aligned.
    private static func row(_ cells: [String]) -> String {
        FixedWidthRow.render(cells, widths: widths) { $0 != 2 && $0 < 5 }
    }
}

private struct OrganizationsDocument: Encodable {
    let schemaVersion: Int
    let organizations: [OrganizationRowDocument]

    enum CodingKeys: String, CodingKey {
        case organizations
        case schemaVersion = "schema_version"
    }
}

private struct OrganizationRowDocument: Encodable {
    let id: String
    let name: String
    let runCount: Int
    let lastRunID: Int64
    let lastRunAt: String
    let asOf: String
    let checks: [String: Int]
    let findingsBySeverity: [String: Int]

    init(_ organization: OrganizationSummary) {
        let run = organization.latestRun
        id = run.organizationID
        name = run.organizationName
        runCount = organization.runCount
        lastRunID = run.id
        lastRunAt = ReportDate.text(run.recordedAt)
        asOf = run.asOf.description
        checks = [
            "passed": run.checkCount(.pass), "failed": run.checkCount(.fail),
            "insufficient_evidence": run.checkCount(.insufficientEvidence),
            "not_applicable": run.checkCount(.notApplicable),
        ]
        findingsBySeverity = Dictionary(
            uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, run.findingCount($0)) })
    }

    enum CodingKeys: String, CodingKey {
        case id, name, checks
        case runCount = "run_count"
        case lastRunID = "last_run_id"
        case lastRunAt = "last_run_at"
        case asOf = "as_of"
        case findingsBySeverity = "findings_by_severity"
    }
}
