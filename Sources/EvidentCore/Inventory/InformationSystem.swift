/// A system declared in `inventory/systems.yaml`: an application or service that may create,
/// receive, maintain or transmit ePHI.
public struct InformationSystem: Hashable, Sendable, Codable {
    /// The stable id other files refer to, for example `ehr`.
    public var id: String
    /// The name shown in reports.
    public var name: String
    /// Whether the system creates, receives, maintains or transmits ePHI.
    public var handlesEPHI: Bool
    /// The vendor that provides or hosts the system, matching a vendor in `vendors.csv`.
    public var vendor: String?
    /// Host names or IP addresses the system runs on.
    public var hosts: [String]
    /// Whether the system requires multifactor authentication; `nil` when not declared.
    public var mfa: MFAEnforcement?
    /// The idle session timeout in seconds; `nil` when not declared.
    public var sessionTimeoutSeconds: Int?
    /// Whether the system records audit logs; `nil` when not declared.
    public var auditLogging: Bool?
    /// How many days audit logs are kept; `nil` when not declared.
    public var logRetentionDays: Int?
    /// The channels over which the system sends or receives data, for example `https` or `sftp`.
    public var transmission: [String]
    /// Whether data at rest is encrypted; `nil` when not declared.
    public var encryptionAtRest: Bool?
    /// The backup job name as it appears in backup reports; `nil` when none is declared.
    public var backupJob: String?
    /// Workforce roles that may hold access; empty when not declared.
    public var allowedRoles: [String]
    /// The path of the system's access list relative to the workspace; `nil` when none is declared.
    public var accessList: String?
    /// Where the system is declared in `systems.yaml`.
    public var evidence: EvidenceReference
    /// Where the system runs; `nil` when not declared, and then inferred from its hosts.
    public var hosting: SystemHosting? = nil
    /// Whether the system records configuration and permission changes; `nil` when not declared.
    public var changeLogging: Bool? = nil
    /// The path, relative to the workspace, of an export that shows change logging when no audit
    /// rules of the system's hosts do (for example a cloud application's admin audit log).
    public var changeLogEvidence: String? = nil
    /// Whether the system's backups are stored encrypted, as declared; `nil` when not declared.
    public var backupEncrypted: Bool? = nil
    /// The path, relative to the workspace, of an export that shows the backup encryption setting.
    public var backupEncryptionEvidence: String? = nil

    /// Creates a system declaration.
    public init(
        id: String,
        name: String,
        handlesEPHI: Bool,
        vendor: String? = nil,
        hosts: [String] = [],
        mfa: MFAEnforcement? = nil,
        sessionTimeoutSeconds: Int? = nil,
        auditLogging: Bool? = nil,
        logRetentionDays: Int? = nil,
        transmission: [String] = [],
        encryptionAtRest: Bool? = nil,
        backupJob: String? = nil,
        allowedRoles: [String] = [],
        accessList: String? = nil,
        evidence: EvidenceReference
    ) {
        self.id = id
        self.name = name
        self.handlesEPHI = handlesEPHI
        self.vendor = vendor
        self.hosts = hosts
        self.mfa = mfa
        self.sessionTimeoutSeconds = sessionTimeoutSeconds
        self.auditLogging = auditLogging
        self.logRetentionDays = logRetentionDays
        self.transmission = transmission
        self.encryptionAtRest = encryptionAtRest
        self.backupJob = backupJob
        self.allowedRoles = allowedRoles
        self.accessList = accessList
        self.evidence = evidence
    }
}

/// Where a system runs, which decides whether the practice must monitor its hosts itself.
public enum SystemHosting: String, Hashable, Sendable, Codable, CaseIterable {
    /// On the practice's own servers.
    case onPremises = "on-premises"
    /// Run by a vendor (SaaS or hosted).
    case cloud
}

/// How a system enforces multifactor authentication.
public enum MFAEnforcement: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every sign-in requires a second factor.
    case enforced
    /// Users may enroll a second factor but are not required to.
    case optional
    /// The system offers no second factor.
    case none
}
