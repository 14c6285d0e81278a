/// The result of `evident verify` on a history database: how much it checked, and every mismatch.
public struct IntegrityReport: Hashable, Sendable {
    /// The ledger entries checked.
    public var ledgerEntries = 0
    /// The newest ledger entry, to note outside the database: a later check that it is unchanged
    /// shows that no entry up to it was removed.
    public var newestEntry: LedgerEntry?
    /// The runs whose rows were compared with their ledger entries.
    public var runs = 0
    /// The log reviews whose rows were compared with their ledger entries.
    public var logReviews = 0
    /// The risk analyses whose rows were compared with their ledger entries.
    public var riskAnalyses = 0
    /// The plan items whose rows and history rows were compared with their ledger entries.
    public var planItems = 0
    /// The evidence files whose content was hashed again.
    public var evidenceFiles = 0
    /// The evidence files removed after their retention period, checked against the ledger only.
    public var prunedEvidenceFiles = 0
    /// Every mismatch, in the order found: ledger entries, runs, log reviews, risk analyses, plan
    /// items, then evidence files.
    public var problems: [IntegrityProblem] = []

    /// Creates an empty report.
    public init() {}

    /// Whether everything matched.
    public var isIntact: Bool { problems.isEmpty }
}

/// One mismatch between the stored records and their hashes.
public struct IntegrityProblem: Hashable, Sendable, CustomStringConvertible {
    /// The kind of record that does not match.
    public enum Record: String, Hashable, Sendable {
        case ledgerEntry = "ledger entry"
        case run = "run"
        case logReview = "log review"
        case riskAnalysis = "risk analysis"
        case planItem = "plan item"
        case evidenceFile = "evidence file"
    }

    /// The kind of record.
    public var record: Record
    /// The identifier: the entry's sequence number, the run, review, analysis or plan item id, or the
    /// evidence file's SHA-256.
    public var identifier: String
    /// The mismatch, in one sentence.
    public var reason: String

    /// Creates a problem.
    public init(_ record: Record, _ identifier: String, _ reason: String) {
        self.record = record
        self.identifier = identifier
        self.reason = reason
    }

    /// `ledger entry 17: ...`, `run 4: ...` or `evidence file 3a7f...: ...`.
    public var description: String {
        "\(record.rawValue) \(identifier): \(reason)"
    }
}
