import EvidentCore
import FoundationEssentials

/// Folds sign-in records into one `SignInSummary` per user while an importer streams a sign-in log, so
/// memory grows with the number of users, not of sign-ins.
struct SignInAggregator {
    /// How a sign-in was authenticated, as far as the record tells.
    enum Authentication {
        case multifactor
        case singleFactor
        case unknown
    }

    private var summaries: [String: SignInSummary] = [:]

    /// Adds one sign-in.
    mutating func add(
        userPrincipalName: String, at date: Date?, succeeded: Bool, authentication: Authentication,
        evidence: EvidenceReference
    ) {
        let key = userPrincipalName.lowercased()
        var summary = summaries[key] ?? SignInSummary(userPrincipalName: userPrincipalName, evidence: evidence)
        guard succeeded else {
            summaries[key] = summary
            return
        }

        summary.successfulSignIns += 1
        switch authentication {
        case .multifactor: summary.multifactorSignIns += 1
        case .singleFactor: summary.singleFactorSignIns += 1
        case .unknown: break
        }
        if let date, summary.lastSuccessfulSignIn.map({ date > $0 }) ?? true {
            summary.lastSuccessfulSignIn = date
            summary.evidence = evidence
        }
        summaries[key] = summary
    }

    /// The summaries sorted by user principal name, so output does not depend on hashing.
    var sortedSummaries: [SignInSummary] {
        summaries.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Reads the authentication of a sign-in from its `authenticationRequirement` value (Graph spelling
    /// `multiFactorAuthentication`, portal spelling `Multifactor authentication`) and, when that is
    /// empty, from its MFA result text (`MFA successfully completed`, `MFA requirement satisfied by
    /// claim in the token`).
    static func authentication(requirement: String?, mfaResult: String?) -> Authentication {
        let requirement = (requirement ?? "").lowercased()
        if requirement.hasPrefix("multi") { return .multifactor }
        if requirement.hasPrefix("single") { return .singleFactor }

        guard let mfaResult, !mfaResult.isEmpty else { return .unknown }
        let result = mfaResult.lowercased()
        if result.contains("completed") || result.contains("satisfied") { return .multifactor }
        return .unknown
    }
}
