import EvidentCore
import EvidentStore

/// Everything a binder holds about one run, gathered from the store.
public struct BinderInput: Sendable {
    /// One evidence file of the run.
    public struct Evidence: Hashable, Sendable {
        /// The path relative to the workspace folder.
        public var path: String
        /// The SHA-256 recorded when the run read it.
        public var sha256: String
        /// The content from the evidence store, or `nil` when the store has none (pruned, unreadable,
        /// or recorded before the evidence store existed).
        public var content: [UInt8]?

        /// Creates the description of one evidence file.
        public init(path: String, sha256: String, content: [UInt8]?) {
            self.path = path
            self.sha256 = sha256
            self.content = content
        }
    }

    /// The run.
    public var run: RunSummary
    /// The run's assessment, as stored.
    public var assessment: Assessment
    /// The organization's posture over its runs up to this one, oldest first, for the trend chart.
    public var history: [PostureSnapshot]
    /// The run's ledger entries and those of its evidence files, oldest first.
    public var ledgerEntries: [LedgerEntry]
    /// The run's evidence files.
    public var evidence: [Evidence]

    /// Creates the input of one binder.
    public init(
        run: RunSummary, assessment: Assessment, history: [PostureSnapshot], ledgerEntries: [LedgerEntry],
        evidence: [Evidence]
    ) {
        self.run = run
        self.assessment = assessment
        self.history = history
        self.ledgerEntries = ledgerEntries
        self.evidence = evidence
    }
}
