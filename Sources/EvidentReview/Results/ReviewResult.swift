import EvidentCore

/// The outcome of reviewing a set of logs: what was read, the period it covered, and the findings.
public struct ReviewResult: Hashable, Sendable {
    /// Each log read, in the order given.
    public var sources: [ReviewSource]
    /// The number of events inside the period, over every source.
    public var eventCount: Int
    /// The first event's time in the period, in seconds since 1970-01-01 UTC; `nil` without events.
    public var firstEvent: Int64?
    /// The last event's time in the period.
    public var lastEvent: Int64?
    /// The findings, most severe first, then by rule, user and time.
    public var findings: [ReviewFinding]
    /// The rules that ran.
    public var rules: [String]
    /// Rules that could not run and why, such as a missing workforce roster.
    public var notes: [String]

    /// Creates a result.
    public init(
        sources: [ReviewSource], eventCount: Int, firstEvent: Int64?, lastEvent: Int64?, findings: [ReviewFinding],
        rules: [String], notes: [String]
    ) {
        self.sources = sources
        self.eventCount = eventCount
        self.firstEvent = firstEvent
        self.lastEvent = lastEvent
        self.findings = findings
        self.rules = rules
        self.notes = notes
    }

    /// The number of findings of each severity.
    public func count(of severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }
}

/// One log file that was reviewed.
public struct ReviewSource: Hashable, Sendable {
    /// The path as given on the command line.
    public var path: String
    /// The SHA-256 of the bytes read, as 64 lowercase hex digits.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int
    /// The format detected, such as `fhir-ndjson` or `ehr-csv`.
    public var format: String
    /// The events read from it inside the period.
    public var events: Int
    /// Lines or records that could not be read as events.
    public var skipped: Int
    /// The line numbers where the first few skipped lines or records start, in file order.
    public var skippedLines: [Int]

    /// Creates a source.
    public init(
        path: String, sha256: String, bytes: Int, format: String, events: Int, skipped: Int, skippedLines: [Int] = []
    ) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.format = format
        self.events = events
        self.skipped = skipped
        self.skippedLines = skippedLines
    }
}
