/// Whether a directory user has registered a multifactor authentication method.
///
/// Read from Entra ID's user registration details report; joined to accounts by UPN.
public struct MFARegistration: Hashable, Sendable, Codable {
    /// The user principal name the registration belongs to.
    public var userPrincipalName: String
    /// Whether at least one MFA method is registered (`isMfaRegistered`).
    public var isRegistered: Bool
    /// The registered methods as the report names them, for example `microsoftAuthenticatorPush`.
    public var methods: [String]
    /// Whether the user holds an admin role, when the report says.
    public var isAdmin: Bool?
    /// The record this registration was read from.
    public var evidence: EvidenceReference

    /// Creates a registration record.
    public init(
        userPrincipalName: String,
        isRegistered: Bool,
        methods: [String] = [],
        isAdmin: Bool? = nil,
        evidence: EvidenceReference
    ) {
        self.userPrincipalName = userPrincipalName
        self.isRegistered = isRegistered
        self.methods = methods
        self.isAdmin = isAdmin
        self.evidence = evidence
    }
}
