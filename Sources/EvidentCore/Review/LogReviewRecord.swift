import FoundationEssentials

/// A stored run of `evident review`: the logs reviewed, the systems and period, the reviewer, and
/// the findings. It counts toward `audit.log-review` for the systems it lists.
public struct LogReviewRecord: Hashable, Sendable, Codable {
    /// The store's id; `nil` before the record is stored.
    public var id: Int64?
    /// The day the review ran, in UTC.
    public var performed: CalendarDay
    /// Who reviewed.
    public var reviewer: String?
    /// The ids of the systems whose logs were reviewed.
    public var systems: [String]
    /// The first event's time in the period, ISO 8601 UTC.
    public var periodStart: String?
    /// The last event's time in the period, ISO 8601 UTC.
    public var periodEnd: String?
    /// The events reviewed.
    public var events: Int
    /// The findings of each severity, keyed by the severity's raw value.
    public var findings: [String: Int]
    /// The logs read, with their hashes.
    public var sources: [LogReviewSource]

    /// Creates a record.
    public init(
        id: Int64? = nil, performed: CalendarDay, reviewer: String?, systems: [String], periodStart: String?,
        periodEnd: String?, events: Int, findings: [String: Int], sources: [LogReviewSource]
    ) {
        self.id = id
        self.performed = performed
        self.reviewer = reviewer
        self.systems = systems
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.events = events
        self.findings = findings
        self.sources = sources
    }

    /// The reference a check cites for the record: the history database, with the record's id.
    public var evidence: EvidenceReference {
        EvidenceReference(path: ".evident/evident.db#log-review-\(id.map(String.init) ?? "new")")
    }
}

/// One log read by a stored review.
public struct LogReviewSource: Hashable, Sendable, Codable {
    /// The path as given to `evident review`.
    public var path: String
    /// The SHA-256 of the bytes read.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int
    /// The detected format, such as `ehr-csv`.
    public var format: String
    /// The events read from it.
    public var events: Int

    /// Creates a source.
    public init(path: String, sha256: String, bytes: Int, format: String, events: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.format = format
        self.events = events
    }
}
