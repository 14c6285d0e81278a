import FoundationEssentials

/// What a sign-in log shows about one user: the latest successful sign-in and how successful
/// sign-ins were authenticated.
///
/// Sign-in logs hold millions of rows, so importers fold them into one summary per user principal
/// name while streaming, and checks join the summaries to accounts by UPN.
public struct SignInSummary: Hashable, Sendable, Codable {
    /// The user principal name the sign-ins belong to.
    public var userPrincipalName: String
    /// The latest successful sign-in; `nil` when every sign-in in the log failed.
    public var lastSuccessfulSignIn: Date?
    /// The number of successful sign-ins.
    public var successfulSignIns: Int
    /// Successful sign-ins that satisfied multifactor authentication.
    public var multifactorSignIns: Int
    /// Successful sign-ins that used a single factor (`singleFactorAuthentication`).
    public var singleFactorSignIns: Int
    /// The latest successful sign-in's record, or the first record of the user when none succeeded.
    public var evidence: EvidenceReference

    /// Creates a summary.
    public init(
        userPrincipalName: String,
        lastSuccessfulSignIn: Date? = nil,
        successfulSignIns: Int = 0,
        multifactorSignIns: Int = 0,
        singleFactorSignIns: Int = 0,
        evidence: EvidenceReference
    ) {
        self.userPrincipalName = userPrincipalName
        self.lastSuccessfulSignIn = lastSuccessfulSignIn
        self.successfulSignIns = successfulSignIns
        self.multifactorSignIns = multifactorSignIns
        self.singleFactorSignIns = singleFactorSignIns
        self.evidence = evidence
    }
}
