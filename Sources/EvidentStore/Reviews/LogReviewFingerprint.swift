import FoundationEssentials

/// Computes the ledger payload of a log review from its rows in `log_reviews` and
/// `log_review_sources`, when it is recorded and again when `evident verify` runs.
struct LogReviewFingerprint<Connection: DatabaseConnection> {
    /// The payload of a `log-review.recorded` or `log-review.adopted` entry.
    struct Payload: Codable, Equatable {
        var reviewID: Int64
        var organizationID: String
        /// The SHA-256 of the review's row, every column of schema version 4.
        var reviewRowSHA256: String
        /// The SHA-256 of the review's source rows: each log's path, SHA-256, size, format and events.
        var sourcesSHA256: String

        enum CodingKeys: String, CodingKey {
            case reviewID = "review_id"
            case organizationID = "organization_id"
            case reviewRowSHA256 = "log_reviews_row_sha256"
            case sourcesSHA256 = "log_review_sources_sha256"
        }
    }

    /// The open database.
    let connection: Connection

    /// Computes the payload of a review, or returns `nil` when there is no review with that id.
    func payload(reviewID: Int64) throws -> Payload? {
        let rows = try connection.query(
            """
            SELECT id, organization_id, performed, recorded_at, reviewer, systems, period_start, period_end, events,
                findings
            FROM log_reviews WHERE id = ?
            """,
            [.integer(reviewID)])
        guard let row = rows.first else { return nil }

        return Payload(
            reviewID: reviewID, organizationID: row.text(at: 1) ?? "", reviewRowSHA256: RowDigest.sha256(rows),
            sourcesSHA256: try RowDigest.sha256(
                "SELECT position, path, sha256, bytes, format, events FROM log_review_sources WHERE review_id = ? "
                    + "ORDER BY position", id: reviewID, connection: connection))
    }

    /// Appends the review's ledger entry inside the caller's transaction.
    func appendEntry(reviewID: Int64, action: LedgerAction, actor: String, recordedAt: Date) throws {
        guard let payload = try payload(reviewID: reviewID) else { return }
        let draft = try LedgerDraft(
            action: action, actor: actor, organizationID: payload.organizationID, runID: nil,
            subject: String(reviewID), encoding: payload)
        _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
    }
}
