/// Everything known about an organization after its workspace has been read: the declared
/// inventory, the attestations, the facts taken from exports, and the evidence files themselves.
///
/// Checks read only this value, never files, so the same inventory always gives the same results.
public struct Inventory: Hashable, Sendable, Codable {
    /// Systems declared in `inventory/systems.yaml`.
    public var systems: [InformationSystem]
    /// Vendors from the BAA register.
    public var vendors: [Vendor]
    /// People on the HR roster.
    public var workforce: [WorkforceMember]
    /// The records of `attestations.yaml`.
    public var attestations: Attestations
    /// Directory and system accounts from every export and access list.
    public var accounts: [Account]
    /// MFA registration records.
    public var mfaRegistrations: [MFARegistration]
    /// Managed devices.
    public var devices: [Device]
    /// Hosts found by network scans.
    public var scannedHosts: [ScannedHost]
    /// Backup job runs.
    public var backupSessions: [BackupSession]
    /// Every evidence file read, usable or not, sorted by path.
    public var evidenceFiles: [EvidenceFile]
    /// Per-user summaries of sign-in logs.
    public var signInSummaries: [SignInSummary] = []
    /// Volume encryption states read from the devices themselves.
    public var diskEncryption: [DiskEncryptionStatus] = []
    /// TLS endpoints found by TLS scanners.
    public var tlsEndpoints: [TLSEndpoint] = []
    /// Malware protection states read from devices.
    public var antivirus: [AntivirusStatus] = []
    /// Password, lockout and screen-lock policies read from Windows.
    public var endpointPolicies: [EndpointPolicy] = []
    /// Accounts local to machines, from osquery.
    public var localAccounts: [LocalAccount] = []
    /// Operating systems the devices report about themselves, from osquery's `os_version`.
    public var operatingSystems: [OperatingSystemReport] = []
    /// The log reviews `evident review` stored in the workspace's history.
    public var logReviews: [LogReviewRecord] = []
    /// The risk analyses `evident risk` stored in the workspace's history.
    public var riskAnalyses: [StoredRiskAnalysis] = []
    /// File-integrity monitoring activity per host and day.
    public var fileIntegrity: [FileIntegrityActivity] = []
    /// Backup repository checks and verification sessions.
    public var backupVerifications: [BackupVerification] = []
    /// Encryption states of backup repositories.
    public var backupEncryption: [BackupEncryptionStatus] = []
    /// Which configuration and permission changes each host's audit settings record.
    public var changeAuditCoverage: [ChangeAuditCoverage] = []

    /// Creates an inventory; every collection defaults to empty.
    public init(
        systems: [InformationSystem] = [],
        vendors: [Vendor] = [],
        workforce: [WorkforceMember] = [],
        attestations: Attestations = Attestations(),
        accounts: [Account] = [],
        mfaRegistrations: [MFARegistration] = [],
        devices: [Device] = [],
        scannedHosts: [ScannedHost] = [],
        backupSessions: [BackupSession] = [],
        evidenceFiles: [EvidenceFile] = []
    ) {
        self.systems = systems
        self.vendors = vendors
        self.workforce = workforce
        self.attestations = attestations
        self.accounts = accounts
        self.mfaRegistrations = mfaRegistrations
        self.devices = devices
        self.scannedHosts = scannedHosts
        self.backupSessions = backupSessions
        self.evidenceFiles = evidenceFiles
    }

    /// Returns the usable evidence files of any of the given formats.
    public func usableFiles(of formats: Set<EvidenceFormat>) -> [EvidenceFile] {
        evidenceFiles.filter { formats.contains($0.format) && $0.isUsable }
    }

    /// Returns the usable files of any of the given formats that left out records they could not read.
    public func filesWithSkippedRecords(of formats: Set<EvidenceFormat>) -> [EvidenceFile] {
        usableFiles(of: formats).filter { $0.skippedRecords > 0 }
    }

    /// Returns the usable files of any of the given formats that could be read only in part.
    public func partialFiles(of formats: Set<EvidenceFormat>) -> [EvidenceFile] {
        evidenceFiles.filter { formats.contains($0.format) && $0.isUsable && $0.partialReason != nil }
    }

    /// Returns the files of any of the given formats that were recognized but could not be read.
    ///
    /// A check whose facts come from such a file cannot tell pass from fail, so it reports
    /// `insufficient-evidence` for what the file would have covered.
    public func unreadableFiles(of formats: Set<EvidenceFormat>) -> [EvidenceFile] {
        evidenceFiles.filter { formats.contains($0.format) && $0.error != nil }
    }
}
