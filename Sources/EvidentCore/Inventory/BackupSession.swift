import FoundationEssentials

/// One run of a backup job, as a backup product reports it.
public struct BackupSession: Hashable, Sendable, Codable {
    /// The job name, matched against a system's `backup_job`.
    public var jobName: String
    /// The outcome.
    public var result: BackupResult
    /// When the run ended (or, where the report gives only one time, when it ran).
    public var endedAt: Date?
    /// The machine the session backed up, when the report is per machine.
    public var machine: String?
    /// The row this session was read from.
    public var evidence: EvidenceReference

    /// Creates a backup session.
    public init(
        jobName: String,
        result: BackupResult,
        endedAt: Date?,
        machine: String? = nil,
        evidence: EvidenceReference
    ) {
        self.jobName = jobName
        self.result = result
        self.endedAt = endedAt
        self.machine = machine
        self.evidence = evidence
    }
}

/// The outcome of a backup run.
public enum BackupResult: String, Hashable, Sendable, Codable, CaseIterable {
    /// Completed without problems.
    case success
    /// Completed, with problems the product reported as warnings; the restore point exists.
    case warning
    /// Did not complete.
    case failed
    /// Still running or no outcome recorded (Veeam `None`).
    case unknown
}
