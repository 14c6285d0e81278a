import FoundationEssentials

/// Computes the ledger payload of a risk analysis from its rows in `risk_analyses` and
/// `risk_analysis_risks`, when it is recorded and again when `evident verify` runs.
struct RiskAnalysisFingerprint<Connection: DatabaseConnection> {
    /// The payload of a `risk-analysis.recorded` or `risk-analysis.adopted` entry.
    struct Payload: Codable, Equatable {
        var analysisID: Int64
        var organizationID: String
        /// The SHA-256 of the analysis's row, every column of schema version 6.
        var analysisRowSHA256: String
        /// The SHA-256 of the analysis's risk rows, every column, by position.
        var risksSHA256: String

        enum CodingKeys: String, CodingKey {
            case analysisID = "analysis_id"
            case organizationID = "organization_id"
            case analysisRowSHA256 = "risk_analyses_row_sha256"
            case risksSHA256 = "risk_analysis_risks_sha256"
        }
    }

    /// The open database.
    let connection: Connection

    /// Computes the payload of an analysis, or returns `nil` when there is no analysis with that id.
    func payload(analysisID: Int64) throws -> Payload? {
        let rows = try connection.query(
            """
            SELECT id, organization_id, performed, recorded_at, complete, missing_elements, catalog_version
            FROM risk_analyses WHERE id = ?
            """,
            [.integer(analysisID)])
        guard let row = rows.first else { return nil }

        return Payload(
            analysisID: analysisID, organizationID: row.text(at: 1) ?? "", analysisRowSHA256: RowDigest.sha256(rows),
            risksSHA256: try RowDigest.sha256(
                """
                SELECT position, asset, threat, inherent_likelihood, residual_likelihood, impact, inherent_level,
                    residual_level, treatment
                FROM risk_analysis_risks WHERE analysis_id = ? ORDER BY position
                """, id: analysisID, connection: connection))
    }

    /// Appends the analysis's ledger entry inside the caller's transaction.
    func appendEntry(analysisID: Int64, action: LedgerAction, actor: String, recordedAt: Date) throws {
        guard let payload = try payload(analysisID: analysisID) else { return }
        let draft = try LedgerDraft(
            action: action, actor: actor, organizationID: payload.organizationID, runID: nil,
            subject: String(analysisID), encoding: payload)
        _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
    }
}
