import EvidentCore

/// The output of `evident plan show ITEM`: one plan item and every recorded change to it, oldest
/// first, which shows an auditor when each gap was found, who took it on, and which run verified it.
public enum PlanHistoryListing {
    /// Renders the item as `evident plan` does, without plan-wide counts, then one line per change.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func renderText(_ item: PlanItem, history: [PlanHistoryEntry], organization: String) -> String {
        let changes = history.count == 1 ? "its 1 recorded change" : "its \(history.count) recorded changes"
        var text = PlanListing.renderItemText(
            item, organization: organization, heading: "Item #\(item.id) and \(changes).")
        text += "\nHistory\n"
        for entry in history {
            let owner = entry.owner ?? "unassigned"
            let line =
                "\(ReportDate.tableText(entry.recordedAt)) \(entry.status.rawValue), \(entry.severity.rawValue), "
                + "owner \(owner), due \(entry.due): \(entry.reason)"
            text +=
                TextWrapper.wrap(line, width: TextReport.width, firstPrefix: "  ", prefix: "    ")
                .joined(separator: "\n") + "\n"
        }
        return text
    }

    /// Renders the item and its history as JSON: `{"item": {...}, "history": [...], "schema_version": N}`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ item: PlanItem, history: [PlanHistoryEntry]) throws -> String {
        try JSONOutput.text(
            PlanHistoryDocument(
                schemaVersion: Assessment.schemaVersion, item: PlanItemDocument(item, rank: 1),
                history: history.map(PlanChangeDocument.init)))
    }
}

private struct PlanHistoryDocument: Encodable {
    let schemaVersion: Int
    let item: PlanItemDocument
    let history: [PlanChangeDocument]

    enum CodingKeys: String, CodingKey {
        case item, history
        case schemaVersion = "schema_version"
    }
}

/// The JSON form of one recorded change; `owner` and `run` are null when absent.
private struct PlanChangeDocument: Encodable {
    let position: Int
    let recordedAt: String
    let status: String
    let severity: String
    let owner: String?
    let due: String
    let run: Int64?
    let reason: String

    init(_ entry: PlanHistoryEntry) {
        position = entry.position
        recordedAt = ReportDate.text(entry.recordedAt)
        status = entry.status.rawValue
        severity = entry.severity.rawValue
        owner = entry.owner
        due = entry.due.description
        run = entry.runID
        reason = entry.reason
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encode(status, forKey: .status)
        try container.encode(severity, forKey: .severity)
        try container.encode(owner, forKey: .owner)
        try container.encode(due, forKey: .due)
        try container.encode(run, forKey: .run)
        try container.encode(reason, forKey: .reason)
    }

    enum CodingKeys: String, CodingKey {
        case position, status, severity, owner, due, run, reason
        case recordedAt = "recorded_at"
    }
}
