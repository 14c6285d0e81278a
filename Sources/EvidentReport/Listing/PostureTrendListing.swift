import EvidentCore

/// The output of `evident history --by-category`: the share of applicable checks that pass, per
/// safeguard category, for each of an organization's runs.
public enum PostureTrendListing {
    /// Renders one row per category and one column per run, oldest run first, each cell
    /// `passed/applicable`, or `-` when no check of the run cites the category.
    ///
    /// - Returns: The table, ending with a newline.
    public static func renderText(_ history: [PostureSnapshot]) -> String {
        guard !history.isEmpty else {
            return "No runs recorded. Run evident assess to record one.\n"
        }

        let columns = history.map { "run \($0.runID)" }
        let dates = history.map { $0.asOf.description }
        var lines = [row("CATEGORY", columns), row("AS OF", dates)]
        for category in SafeguardCategory.allCases {
            let cells = history.map { snapshot in
                snapshot.posture(of: category).map { "\($0.passed)/\($0.applicable)" } ?? "-"
            }
            guard cells.contains(where: { $0 != "-" }) else { continue }
            lines.append(row(category.title, cells))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders the history as JSON: `{"runs": [{"run_id", "as_of", "recorded_at", "posture": [...]}]}`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ history: [PostureSnapshot]) throws -> String {
        try JSONOutput.text(
            TrendDocument(schemaVersion: Assessment.schemaVersion, runs: history.map(SnapshotDocument.init)))
    }

    // MARK: - Private

    private static func row(_ title: String, _ cells: [String]) -> String {
        let padded =
            title.count >= 38 ? String(title.prefix(38)) : title + String(repeating: " ", count: 38 - title.count)
        let values = cells.map { cell in String(repeating: " ", count: max(0, 10 - cell.count)) + cell }
        return padded + values.joined(separator: " ")
    }
}

private struct TrendDocument: Encodable {
    let schemaVersion: Int
    let runs: [SnapshotDocument]

    enum CodingKeys: String, CodingKey {
        case runs
        case schemaVersion = "schema_version"
    }
}

private struct SnapshotDocument: Encodable {
    let runID: Int64
    let asOf: String
    let recordedAt: String
    let posture: [CategoryDocument]

    init(_ snapshot: PostureSnapshot) {
        runID = snapshot.runID
        asOf = snapshot.asOf.description
        recordedAt = ReportDate.text(snapshot.recordedAt)
        posture = snapshot.posture.map(CategoryDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case posture
        case runID = "run_id"
        case asOf = "as_of"
        case recordedAt = "recorded_at"
    }
}

private struct CategoryDocument: Encodable {
    let category: String
    let passed: Int
    let failed: Int
    let insufficientEvidence: Int
    let notApplicable: Int

    init(_ posture: CategoryPosture) {
        category = posture.category.rawValue
        passed = posture.passed
        failed = posture.failed
        insufficientEvidence = posture.insufficientEvidence
        notApplicable = posture.notApplicable
    }

    enum CodingKeys: String, CodingKey {
        case category, passed, failed
        case insufficientEvidence = "insufficient_evidence"
        case notApplicable = "not_applicable"
    }
}
