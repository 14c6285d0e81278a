import EvidentCore

/// Everything read from a workspace's evidence files.
public struct EvidenceScan: Hashable, Sendable {
    /// Every evidence file read, usable or not, sorted by path.
    public var files: [EvidenceFile]
    /// The facts from the files that could be read, in path and record order.
    public var facts: EvidenceFacts
    /// Problems with the evidence folder itself (a subfolder that could not be listed, an
    /// `access_list` path outside the workspace), which belong to no single file.
    public var warnings: [String]

    /// Creates a scan result.
    public init(files: [EvidenceFile] = [], facts: EvidenceFacts = EvidenceFacts(), warnings: [String] = []) {
        self.files = files
        self.facts = facts
        self.warnings = warnings
    }

    /// Directory and system accounts.
    public var accounts: [Account] { facts.accounts }
    /// MFA registration records.
    public var mfaRegistrations: [MFARegistration] { facts.mfaRegistrations }
    /// Managed devices.
    public var devices: [Device] { facts.devices }
    /// Hosts a network scan found up.
    public var scannedHosts: [ScannedHost] { facts.scannedHosts }
    /// Backup job runs.
    public var backupSessions: [BackupSession] { facts.backupSessions }
}
