import EvidentCore

/// The facts read from evidence files, grouped by kind, in file and record order.
public struct EvidenceFacts: Hashable, Sendable {
    /// Directory and system accounts.
    public var accounts: [Account] = []
    /// MFA registration records.
    public var mfaRegistrations: [MFARegistration] = []
    /// Managed devices.
    public var devices: [Device] = []
    /// Hosts a network scan found up.
    public var scannedHosts: [ScannedHost] = []
    /// Backup job runs.
    public var backupSessions: [BackupSession] = []
    /// Per-user summaries of sign-in logs, one per user and file.
    public var signInSummaries: [SignInSummary] = []
    /// Volume encryption states from BitLocker, FileVault and LUKS output.
    public var diskEncryption: [DiskEncryptionStatus] = []
    /// TLS endpoints from testssl.sh and sslyze.
    public var tlsEndpoints: [TLSEndpoint] = []
    /// Malware protection states from Defender and osquery.
    public var antivirus: [AntivirusStatus] = []
    /// Password, lockout and screen-lock policies from secedit and gpresult.
    public var endpointPolicies: [EndpointPolicy] = []
    /// File-integrity monitoring activity from AIDE, osquery and Wazuh.
    public var fileIntegrity: [FileIntegrityActivity] = []
    /// Backup verifications from restic, borg and Veeam.
    public var backupVerifications: [BackupVerification] = []
    /// Backup repository encryption from restic and borg.
    public var backupEncryption: [BackupEncryptionStatus] = []
    /// Change auditing coverage from Linux audit rules and Windows audit policy.
    public var changeAuditCoverage: [ChangeAuditCoverage] = []

    /// Accounts local to machines, from osquery's `users` table.
    public var localAccounts: [LocalAccount] = []
    /// Operating systems hosts report about themselves, from osquery's `os_version` table.
    public var operatingSystems: [OperatingSystemReport] = []

    /// Creates an empty collection.
    public init() {}

    /// Appends every fact of another collection after this one's.
    public mutating func append(contentsOf other: EvidenceFacts) {
        accounts += other.accounts
        mfaRegistrations += other.mfaRegistrations
        devices += other.devices
        scannedHosts += other.scannedHosts
        backupSessions += other.backupSessions
        signInSummaries += other.signInSummaries
        diskEncryption += other.diskEncryption
        tlsEndpoints += other.tlsEndpoints
        antivirus += other.antivirus
        endpointPolicies += other.endpointPolicies
        localAccounts += other.localAccounts
        operatingSystems += other.operatingSystems
        fileIntegrity += other.fileIntegrity
        backupVerifications += other.backupVerifications
        backupEncryption += other.backupEncryption
        changeAuditCoverage += other.changeAuditCoverage
    }
}
