/// Which configuration and permission changes a host's audit settings record, read from Linux audit
/// rules (`auditctl -l`, `/etc/audit/rules.d/*.rules`) or Windows `auditpol /get /category:* /r`.
public struct ChangeAuditCoverage: Hashable, Sendable, Codable {
    /// The host the settings belong to.
    public var host: String
    /// Whether changes to system configuration are recorded (watches on `/etc` files, Windows
    /// `Audit Policy Change` or `Authentication Policy Change`).
    public var recordsConfigurationChanges: Bool
    /// Whether changes to permissions and accounts are recorded (`chmod`/`chown` syscall rules,
    /// watches on `/etc/passwd`, `/etc/group`, `/etc/sudoers`, Windows `User Account Management` or
    /// `Security Group Management`).
    public var recordsPermissionChanges: Bool
    /// The rules or subcategories that gave coverage, for example `-w /etc/sudoers -p wa`.
    public var rules: [String]
    /// The file the settings were read from.
    public var evidence: EvidenceReference

    /// Creates a host's change auditing coverage.
    public init(
        host: String, recordsConfigurationChanges: Bool, recordsPermissionChanges: Bool, rules: [String],
        evidence: EvidenceReference
    ) {
        self.host = host
        self.recordsConfigurationChanges = recordsConfigurationChanges
        self.recordsPermissionChanges = recordsPermissionChanges
        self.rules = rules
        self.evidence = evidence
    }
}
