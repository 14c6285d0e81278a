/// Whether a backup repository stores its data encrypted, as the backup tool reports it.
public struct BackupEncryptionStatus: Hashable, Sendable, Codable {
    /// The backup job or repository, matched against a system's `backup_job`.
    public var target: String
    /// Whether the repository is encrypted; `nil` when the tool's output does not say.
    public var isEncrypted: Bool?
    /// The reported setting, for example `restic repository (always encrypted)` or `borg encryption
    /// mode none`.
    public var state: String
    /// The record the state was read from.
    public var evidence: EvidenceReference
    /// The tool that reported the state; `nil` when unknown.
    public var tool: BackupTool?

    /// Creates a repository encryption state.
    public init(
        target: String, isEncrypted: Bool?, state: String, evidence: EvidenceReference, tool: BackupTool? = nil
    ) {
        self.target = target
        self.isEncrypted = isEncrypted
        self.state = state
        self.evidence = evidence
        self.tool = tool
    }
}
