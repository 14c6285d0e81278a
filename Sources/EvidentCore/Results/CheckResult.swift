/// The outcome of one check over a whole inventory.
public struct CheckResult: Hashable, Sendable, Codable {
    /// The stable check id, for example `access.unique-user-id`.
    public var checkID: String
    /// A short title, for example `Unique user identification`.
    public var title: String
    /// The outcome.
    public var status: CheckStatus
    /// The Security Rule citations the check evidences, for example `164.312(a)(2)(i)`.
    public var citations: [String]
    /// Which of documented, implemented, maintained and evidenced hold.
    public var lifecycle: Lifecycle
    /// One sentence saying what was evaluated and what was found.
    public var summary: String
    /// The findings, in priority order.
    public var findings: [Finding]

    /// Creates a result.
    public init(
        checkID: String,
        title: String,
        status: CheckStatus,
        citations: [String],
        lifecycle: Lifecycle,
        summary: String,
        findings: [Finding]
    ) {
        self.checkID = checkID
        self.title = title
        self.status = status
        self.citations = citations
        self.lifecycle = lifecycle
        self.summary = summary
        self.findings = findings
    }

    /// The most severe finding's severity, or `nil` when there are no findings.
    public var highestSeverity: Severity? {
        findings.map(\.severity).max()
    }
}
