import FoundationEssentials

/// One verification of a backup: a repository check (`restic check`, `borg check`) or a Veeam
/// SureBackup or health-check session, which shows the stored backup is intact and readable.
public struct BackupVerification: Hashable, Sendable, Codable {
    /// The backup job or repository verified, matched against a system's `backup_job`.
    public var target: String
    /// The tool that verified it.
    public var tool: BackupVerificationTool
    /// When the verification ended; `nil` when neither the output nor its file name gives a time.
    public var verifiedAt: Date?
    /// Whether it found the backup intact; `nil` when the output ends without an outcome.
    public var succeeded: Bool?
    /// The words of the output that decided `succeeded`, for example `no errors were found`.
    public var outcome: String
    /// The record or line the outcome was read from.
    public var evidence: EvidenceReference

    /// Creates a verification record.
    public init(
        target: String, tool: BackupVerificationTool, verifiedAt: Date?, succeeded: Bool?, outcome: String,
        evidence: EvidenceReference
    ) {
        self.target = target
        self.tool = tool
        self.verifiedAt = verifiedAt
        self.succeeded = succeeded
        self.outcome = outcome
        self.evidence = evidence
    }
}

/// The tools whose backup verifications Evident reads.
public enum BackupVerificationTool: String, Hashable, Sendable, Codable, CaseIterable {
    /// `restic check`.
    case restic
    /// `borg check`.
    case borg
    /// Veeam SureBackup job sessions.
    case veeamSureBackup = "veeam-surebackup"
    /// Veeam backup health-check sessions.
    case veeamHealthCheck = "veeam-health-check"
}
