import EvidentCore

/// One thing a privacy officer should look at, with the log lines that show it.
public struct ReviewFinding: Hashable, Sendable {
    /// The rule that found it, such as `after-hours` or `bulk-access`.
    public var rule: String
    /// How urgent it is.
    public var severity: Severity
    /// The account involved.
    public var user: String
    /// What was touched: a patient id, an address or an account; `nil` when the user alone is the point.
    public var subject: String?
    /// One sentence saying what happened.
    public var message: String
    /// How many events the finding covers.
    public var eventCount: Int
    /// The first event's time, in seconds since 1970-01-01 UTC.
    public var firstTime: Int64
    /// The last event's time, in seconds since 1970-01-01 UTC.
    public var lastTime: Int64
    /// The first events, as log path and line; at most `EventTally.citationLimit`.
    public var citations: [EvidenceReference]

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, user: String, subject: String? = nil, message: String, eventCount: Int,
        firstTime: Int64, lastTime: Int64, citations: [EvidenceReference]
    ) {
        self.rule = rule
        self.severity = severity
        self.user = user
        self.subject = subject
        self.message = message
        self.eventCount = eventCount
        self.firstTime = firstTime
        self.lastTime = lastTime
        self.citations = citations
    }
}
