/// The outcome of one check.
public enum CheckStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The evidence shows the safeguard is in place.
    case pass
    /// The evidence shows at least one violation.
    case fail
    /// Evidence is missing, stale or unreadable, so the safeguard cannot be shown in place.
    /// Never counted as a pass.
    case insufficientEvidence = "insufficient-evidence"
    /// The check does not apply to this organization, for example no vendors handle ePHI.
    case notApplicable = "not-applicable"
}
