/// The password, lockout and screen-lock policy in force on one machine or domain, as Windows
/// reports it (`secedit /export`, `gpresult /x`) or osquery's macOS `screenlock` table does.
///
/// Each setting is `nil` when the export does not state it, which for lockout and the inactivity
/// limit means the policy is not configured.
public struct EndpointPolicy: Hashable, Sendable, Codable {
    /// The machine the policy applies to: the computer name in the export, or else the evidence file's
    /// name without its extension.
    public var device: String
    /// `MinimumPasswordLength`, in characters.
    public var minimumPasswordLength: Int?
    /// `PasswordComplexity`: whether composition rules are imposed.
    public var requiresComplexity: Bool?
    /// `MaximumPasswordAge`, in days; 0 means passwords never expire.
    public var maximumPasswordAgeDays: Int?
    /// `LockoutBadCount`: failed sign-ins before the account locks; 0 means it never locks.
    public var lockoutThreshold: Int?
    /// `InactivityTimeoutSecs`: idle seconds before the machine locks; 0 means it never does.
    public var inactivityTimeoutSeconds: Int?
    /// Whether a password is required when the machine wakes from sleep or the screen saver (osquery
    /// `screenlock` `enabled` on macOS); `nil` when the source does not tell.
    public var requiresPasswordOnWake: Bool? = nil
    /// Seconds the screen must be asleep or the screen saver on before a password is required on waking
    /// (osquery `screenlock` `grace_period`); 0 means at once.
    public var passwordGracePeriodSeconds: Int? = nil
    /// The record the policy was read from.
    public var evidence: EvidenceReference

    /// Creates a policy.
    public init(
        device: String, minimumPasswordLength: Int? = nil, requiresComplexity: Bool? = nil,
        maximumPasswordAgeDays: Int? = nil, lockoutThreshold: Int? = nil, inactivityTimeoutSeconds: Int? = nil,
        evidence: EvidenceReference
    ) {
        self.device = device
        self.minimumPasswordLength = minimumPasswordLength
        self.requiresComplexity = requiresComplexity
        self.maximumPasswordAgeDays = maximumPasswordAgeDays
        self.lockoutThreshold = lockoutThreshold
        self.inactivityTimeoutSeconds = inactivityTimeoutSeconds
        self.evidence = evidence
    }
}
