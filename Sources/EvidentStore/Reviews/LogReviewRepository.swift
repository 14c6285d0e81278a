import EvidentCore
import FoundationEssentials

/// Writes and reads the log reviews of `evident review` in either database, so SQLite and PostgreSQL
/// histories both keep them.
struct LogReviewRepository<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// Who records reviews, for their ledger entries.
    var actor: String = LedgerActor.current()

    /// Records a review and its sources in one transaction, creating or updating the organization.
    ///
    /// - Returns: The review's id.
    func record(_ review: LogReviewRecord, organization: Organization, recordedAt: Date) throws -> Int64 {
        let systems = try AssessmentCoding.array(review.systems)
        let findings = try Self.sortedJSON(review.findings)

        return try connection.inTransaction {
            try connection.run(
                """
                INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """,
                [.text(organization.id), .text(organization.name), .text(organization.kind.rawValue)])

            let rows = try connection.query(
                """
                INSERT INTO log_reviews (organization_id, performed, recorded_at, reviewer, systems,
                    period_start, period_end, events, findings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id
                """,
                [
                    .text(organization.id), .text(review.performed.description),
                    .text(StoreTimestamp.text(recordedAt)), .optionalText(review.reviewer), .text(systems),
                    .optionalText(review.periodStart), .optionalText(review.periodEnd), .integer(review.events),
                    .text(findings),
                ])
            guard let reviewID = rows.first.flatMap({ Int64($0.text(at: 0) ?? "") }) else {
                throw StoreError.invalidStoredValue(
                    path: connection.location, runID: 0, column: "log_reviews.id", value: "")
            }

            try connection.insert(
                into: "log_review_sources",
                columns: ["review_id", "position", "path", "sha256", "bytes", "format", "events"],
                rows: review.sources.enumerated().map { position, source in
                    [
                        .integer(reviewID), .integer(position), .text(source.path), .text(source.sha256),
                        .integer(source.bytes), .text(source.format), .integer(source.events),
                    ]
                })
            try LogReviewFingerprint(connection: connection).appendEntry(
                reviewID: reviewID, action: .logReviewRecorded, actor: actor, recordedAt: recordedAt)
            return reviewID
        }
    }

    /// Lists an organization's reviews, newest first, with their sources.
    func reviews(organizationID: String) throws -> [LogReviewRecord] {
        let rows = try connection.query(
            """
            SELECT id, performed, reviewer, systems, period_start, period_end, events, findings
            FROM log_reviews WHERE organization_id = ? ORDER BY performed DESC, id DESC
            """,
            [.text(organizationID)])

        return try rows.map { row in
            let id = row.integer(at: 0)
            let performedText = row.text(at: 1) ?? ""
            guard let performed = CalendarDay(iso8601: performedText) else {
                throw StoreError.invalidStoredValue(
                    path: connection.location, runID: id, column: "log_reviews.performed", value: performedText)
            }
            return LogReviewRecord(
                id: id, performed: performed, reviewer: row.text(at: 2),
                systems: try decode([String].self, row.text(at: 3), id: id, column: "systems"),
                periodStart: row.text(at: 4), periodEnd: row.text(at: 5), events: Int(row.integer(at: 6)),
                findings: try decode([String: Int].self, row.text(at: 7), id: id, column: "findings"),
                sources: try sources(reviewID: id))
        }
    }

    // MARK: - Private

    private func sources(reviewID: Int64) throws -> [LogReviewSource] {
        try connection.query(
            """
            SELECT path, sha256, bytes, format, events FROM log_review_sources
            WHERE review_id = ? ORDER BY position
            """,
            [.integer(reviewID)]
        ).map { row in
            LogReviewSource(
                path: row.text(at: 0) ?? "", sha256: row.text(at: 1) ?? "", bytes: Int(row.integer(at: 2)),
                format: row.text(at: 3) ?? "", events: Int(row.integer(at: 4)))
        }
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ text: String?, id: Int64, column: String) throws
        -> Value
    {
        guard let text, let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
            throw StoreError.invalidStoredValue(
                path: connection.location, runID: id, column: "log_reviews.\(column)", value: text ?? "")
        }
        return value
    }

    /// Encodes with sorted keys, so equal values are stored as equal text.
    private static func sortedJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension SQLiteStore: LogReviewStore {
    public func record(_ review: LogReviewRecord, organization: Organization, recordedAt: Date) throws -> Int64 {
        try LogReviewRepository(connection: connection, actor: actor).record(
            review, organization: organization, recordedAt: recordedAt)
    }

    public func logReviews(organizationID: String) throws -> [LogReviewRecord] {
        try LogReviewRepository(connection: connection).reviews(organizationID: organizationID)
    }
}

extension PostgreSQLStore: LogReviewStore {
    public func record(_ review: LogReviewRecord, organization: Organization, recordedAt: Date) throws -> Int64 {
        try LogReviewRepository(connection: connection, actor: actor).record(
            review, organization: organization, recordedAt: recordedAt)
    }

    public func logReviews(organizationID: String) throws -> [LogReviewRecord] {
        try LogReviewRepository(connection: connection).reviews(organizationID: organizationID)
    }
}
