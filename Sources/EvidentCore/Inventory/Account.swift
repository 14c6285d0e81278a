import FoundationEssentials

/// A user account in a directory (Entra ID, Active Directory) or in an ePHI system's own user list.
public struct Account: Hashable, Sendable, Codable {
    /// The directory or system that keeps the account.
    public var source: AccountSource
    /// The sign-in name: the UPN in Entra ID, the `sAMAccountName` in Active Directory, the
    /// username in a system's access list.
    public var username: String
    /// The user principal name, when the source has one.
    public var userPrincipalName: String?
    /// The display name, when the source has one.
    public var displayName: String?
    /// The e-mail address, when the source has one.
    public var email: String?
    /// Whether the account can sign in.
    public var isEnabled: Bool
    /// Whether the directory marks the account as a guest (Entra ID `userType` Guest).
    public var isGuest: Bool
    /// The account's role in an ePHI system; `nil` for directory accounts.
    public var role: String?
    /// When the account last signed in, as far as the source tells.
    public var lastSignIn: LastSignIn
    /// The record this account was read from.
    public var evidence: EvidenceReference
    /// The reason the source's last sign-in value could not be used, for example a date after the
    /// assessment day. `lastSignIn` is then `.unknown`, although the export records a time. `nil`
    /// when the value was read or the source has none.
    public var lastSignInProblem: String?

    /// Creates an account.
    public init(
        source: AccountSource,
        username: String,
        userPrincipalName: String? = nil,
        displayName: String? = nil,
        email: String? = nil,
        isEnabled: Bool,
        isGuest: Bool = false,
        role: String? = nil,
        lastSignIn: LastSignIn = .unknown,
        evidence: EvidenceReference,
        lastSignInProblem: String? = nil
    ) {
        self.source = source
        self.username = username
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.email = email
        self.isEnabled = isEnabled
        self.isGuest = isGuest
        self.role = role
        self.lastSignIn = lastSignIn
        self.evidence = evidence
        self.lastSignInProblem = lastSignInProblem
    }

    /// The name that identifies the account to people: the UPN when known, else the username.
    public var identifier: String {
        userPrincipalName ?? username
    }
}

/// The directory or system that keeps an account.
public enum AccountSource: Hashable, Sendable, Codable, Comparable {
    /// Microsoft Entra ID.
    case entraID
    /// On-premises Active Directory.
    case activeDirectory
    /// Google Workspace.
    case googleWorkspace
    /// The access list of the ePHI system with this id in `inventory/systems.yaml`.
    case system(String)

    /// A short label for reports: `Entra ID`, `Active Directory`, or `system ehr`.
    public var label: String {
        switch self {
        case .entraID: "Entra ID"
        case .googleWorkspace: "Google Workspace"
        case .activeDirectory: "Active Directory"
        case .system(let id): "system \(id)"
        }
    }
}

/// What a source tells about an account's last sign-in.
public enum LastSignIn: Hashable, Sendable, Codable {
    /// The account last signed in at this instant.
    case at(Date)
    /// The source states that the account never signed in (an empty `LastLogonDate`, a sentinel date).
    case never
    /// The source does not record sign-ins, so nothing is known.
    case unknown
}
