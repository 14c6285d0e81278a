/// Requirements counted by status, for one safeguard category or for the whole profile, with the
/// posture score.
///
/// The score is `100 × passed ÷ (passed + failed + insufficient evidence)`, rounded down to a whole
/// percent, so not-applicable requirements count neither way and a requirement without evidence
/// counts as not met. It is `nil` when no requirement applies.
public struct RequirementScore: Hashable, Sendable, Codable {
    /// The category counted; `nil` for the overall score.
    public var category: SafeguardCategory?
    /// Requirements that pass.
    public var passed: Int
    /// Requirements that fail.
    public var failed: Int
    /// Requirements whose evidence is missing, stale or incomplete.
    public var insufficientEvidence: Int
    /// Requirements that do not apply.
    public var notApplicable: Int

    /// The formula of `score`, as reports print it.
    public static let formula =
        "score = floor(100 × passed ÷ (passed + failed + insufficient evidence)); not-applicable requirements are left out"

    /// Counts the statuses of some requirements.
    public init(category: SafeguardCategory?, requirements: [RequirementPosture]) {
        self.category = category
        passed = requirements.filter { $0.status == .pass }.count
        failed = requirements.filter { $0.status == .fail }.count
        insufficientEvidence = requirements.filter { $0.status == .insufficientEvidence }.count
        notApplicable = requirements.filter { $0.status == .notApplicable }.count
    }

    /// The requirements that apply: every one but the not-applicable ones.
    public var applicable: Int {
        passed + failed + insufficientEvidence
    }

    /// The posture score in whole percent, rounded down; `nil` when nothing applies.
    public var score: Int? {
        applicable == 0 ? nil : passed * 100 / applicable
    }
}
