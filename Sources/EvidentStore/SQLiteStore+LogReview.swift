import EvidentCore
import FoundationEssentials

extension SQLiteStore: LogReviewStore {
    public func record(_ review: LogReviewRecord, organization: Organization, recordedAt: Date) throws -> Int64 {
        let systems = try AssessmentCoding.array(review.systems)
        let findings = String(decoding: try JSONEncoder.sorted.encode(review.findings), as: UTF8.self)

        return try connection.inTransaction {
            try connection.prepare(
                """
                INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """
            ).run([.text(organization.id), .text(organization.name), .text(organization.kind.rawValue)])

            try connection.prepare(
                """
                INSERT INTO log_reviews (organization_id, performed, recorded_at, reviewer, systems,
                    period_start, period_end, events, findings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            ).run([
                .text(organization.id), .text(review.performed.description), .text(StoreTimestamp.text(recordedAt)),
                .optionalText(review.reviewer), .text(systems), .optionalText(review.periodStart),
                .optionalText(review.periodEnd), .integer(review.events), .text(findings),
            ])
            let reviewID = connection.lastInsertRowID

            let statement = try connection.prepare(
                """
                INSERT INTO log_review_sources (review_id, position, path, sha256, bytes, format, events)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
            )
            for (position, source) in review.sources.enumerated() {
                try statement.run([
                    .integer(reviewID), .integer(position), .text(source.path), .text(source.sha256),
                    .integer(source.bytes), .text(source.format), .integer(source.events),
                ])
            }
            return reviewID
        }
    }

    public func logReviews(organizationID: String) throws -> [LogReviewRecord] {
        let statement = try connection.prepare(
            """
            SELECT id, performed, reviewer, systems, period_start, period_end, events, findings
            FROM log_reviews WHERE organization_id = ? ORDER BY performed DESC, id DESC
            """
        )
        try statement.bind([.text(organizationID)])

        var reviews: [LogReviewRecord] = []
        while try statement.step() {
            let id = statement.integer(at: 0)
            let performedText = statement.text(at: 1) ?? ""
            guard let performed = CalendarDay(iso8601: performedText) else {
                throw StoreError.invalidStoredValue(
                    path: path, runID: id, column: "log_reviews.performed", value: performedText)
            }
            reviews.append(
                LogReviewRecord(
                    id: id, performed: performed, reviewer: statement.text(at: 2),
                    systems: try decode([String].self, statement.text(at: 3), id: id, column: "systems"),
                    periodStart: statement.text(at: 4), periodEnd: statement.text(at: 5),
                    events: Int(statement.integer(at: 6)),
                    findings: try decode([String: Int].self, statement.text(at: 7), id: id, column: "findings"),
                    sources: try logReviewSources(reviewID: id)))
        }
        return reviews
    }

    // MARK: - Private

    private func logReviewSources(reviewID: Int64) throws -> [LogReviewSource] {
        let statement = try connection.prepare(
            """
            SELECT path, sha256, bytes, format, events FROM log_review_sources
            WHERE review_id = ? ORDER BY position
            """
        )
        try statement.bind([.integer(reviewID)])
        var sources: [LogReviewSource] = []
        while try statement.step() {
            sources.append(
                LogReviewSource(
                    path: statement.text(at: 0) ?? "", sha256: statement.text(at: 1) ?? "",
                    bytes: Int(statement.integer(at: 2)), format: statement.text(at: 3) ?? "",
                    events: Int(statement.integer(at: 4))))
        }
        return sources
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ text: String?, id: Int64, column: String) throws
        -> Value
    {
        guard let text, let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
            throw StoreError.invalidStoredValue(
                path: path, runID: id, column: "log_reviews.\(column)", value: text ?? "")
        }
        return value
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values are stored as equal text.
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
