import FoundationEssentials

/// Enters the risk analyses and plan items stored before schema version 8 into the ledger with the
/// hashes of their rows as they are when adopted: a `risk-analysis.adopted` entry per analysis and a
/// `plan.adopted` entry per plan item.
///
/// The ledger vouches for them only from their adoption on, as for adopted runs.
enum PlanAndRiskAdoption {
    /// Adopts every analysis and plan item, inside the caller's transaction.
    static func adopt<Connection: DatabaseConnection>(_ connection: Connection, actor: String, now: Date) throws {
        try LedgerWriter(connection: connection).lock()

        let analysisIDs = try connection.query("SELECT id FROM risk_analyses ORDER BY id", []).map { $0.integer(at: 0) }
        for analysisID in analysisIDs {
            try RiskAnalysisFingerprint(connection: connection).appendEntry(
                analysisID: analysisID, action: .riskAnalysisAdopted, actor: actor, recordedAt: now)
        }

        let fingerprint = PlanFingerprint(connection: connection)
        for row in try fingerprint.itemRows() {
            let itemID = row.integer(at: 0)
            var changes: [String: String] = [:]
            for change in try fingerprint.changeRows(itemID: itemID) {
                changes[String(change.integer(at: 1))] = RowDigest.sha256([change])
            }
            let payload = PlanLedgerPayload(
                item: itemID, check: row.text(at: 2) ?? "", subjectKind: row.text(at: 3) ?? "",
                subjectID: row.text(at: 4) ?? "", status: row.text(at: 5) ?? "", severity: row.text(at: 6) ?? "",
                owner: row.text(at: 10), due: row.text(at: 11) ?? "",
                itemRowSHA256: RowDigest.sha256([row]), changeRowsSHA256: changes)
            let draft = try LedgerDraft(
                action: .planAdopted, actor: actor, organizationID: row.text(at: 1), runID: nil,
                subject: String(itemID), encoding: payload)
            _ = try LedgerWriter(connection: connection).append(draft, recordedAt: now)
        }
    }
}
