import EvidentCore
import EvidentReview

/// The documented JSON form of a log review, for scripts and SIEM imports; docs/review.md lists
/// every field. Keys are sorted, and the same logs and settings give byte-identical text.
public enum ReviewJSON {
    /// The version of the layout, raised when a field changes meaning or goes away.
    public static let schemaVersion = 1

    /// Renders a review result.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func render(_ result: ReviewResult) throws -> String {
        try JSONOutput.text(ReviewDocument(result))
    }
}

/// The top-level object of the review JSON.
struct ReviewDocument: Encodable {
    let schemaVersion = ReviewJSON.schemaVersion
    let events: Int
    let firstEvent: String?
    let lastEvent: String?
    let sources: [Source]
    let summary: [String: Int]
    let findings: [FindingEntry]
    let rules: [String]
    let notes: [String]

    struct Source: Encodable {
        let path: String
        let sha256: String
        let bytes: Int
        let format: String
        let events: Int
        let skipped: Int
        let skippedLines: [Int]

        enum CodingKeys: String, CodingKey {
            case path, sha256, bytes, format, events, skipped
            case skippedLines = "skipped_lines"
        }
    }

    struct FindingEntry: Encodable {
        let rule: String
        let severity: String
        let user: String
        let subject: String?
        let message: String
        let events: Int
        let firstEvent: String
        let lastEvent: String
        let evidence: [String]

        enum CodingKeys: String, CodingKey {
            case rule, severity, user, subject, message, events, evidence
            case firstEvent = "first_event"
            case lastEvent = "last_event"
        }
    }

    enum CodingKeys: String, CodingKey {
        case events, sources, summary, findings, rules, notes
        case schemaVersion = "schema_version"
        case firstEvent = "first_event"
        case lastEvent = "last_event"
    }

    init(_ result: ReviewResult) {
        events = result.eventCount
        firstEvent = result.firstEvent.map(ReviewTime.iso8601)
        lastEvent = result.lastEvent.map(ReviewTime.iso8601)
        sources = result.sources.map {
            Source(
                path: $0.path, sha256: $0.sha256, bytes: $0.bytes, format: $0.format, events: $0.events,
                skipped: $0.skipped, skippedLines: $0.skippedLines)
        }
        summary = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, result.count(of: $0)) })
        findings = result.findings.map {
            FindingEntry(
                rule: $0.rule, severity: $0.severity.rawValue, user: $0.user, subject: $0.subject, message: $0.message,
                events: $0.eventCount, firstEvent: ReviewTime.iso8601($0.firstTime),
                lastEvent: ReviewTime.iso8601($0.lastTime), evidence: $0.citations.map(\.description))
        }
        rules = result.rules
        notes = result.notes
    }
}
