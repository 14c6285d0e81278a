import EvidentCore

/// One reason a threat's residual likelihood was raised: a check that failed, lacked evidence or was
/// not assessed for the asset, with the findings behind it.
public struct RiskFactor: Hashable, Sendable {
    /// The check's id.
    public var checkID: String
    /// The check's outcome for the asset.
    public var outcome: Outcome
    /// The number of the check's findings that concern the asset, warnings left out.
    public var findingCount: Int
    /// The subjects of those findings, sorted, without repeats.
    public var subjects: [Subject]
    /// How many likelihood levels the outcome adds.
    public var steps: Int

    /// The outcome of a check for one asset.
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        /// A finding about the asset is a violation.
        case fail
        /// A finding about the asset is missing evidence, and none is a violation.
        case insufficientEvidence = "insufficient-evidence"
        /// The assessment has no result for the check, so nothing shows the safeguard in place.
        case notAssessed = "not-assessed"
    }

    /// Creates a factor.
    public init(checkID: String, outcome: Outcome, findingCount: Int, subjects: [Subject], steps: Int) {
        self.checkID = checkID
        self.outcome = outcome
        self.findingCount = findingCount
        self.subjects = subjects
        self.steps = steps
    }

    /// One line for reports, for example
    /// `auth.mfa-coverage fails: 2 findings (user gregory.tanaka@example.org, system pm-billing), +2`.
    public var explanation: String {
        let verb =
            switch outcome {
            case .fail: "fails"
            case .insufficientEvidence: "lacks evidence"
            case .notAssessed: "was not assessed"
            }
        guard outcome != .notAssessed else { return "\(checkID) \(verb), +\(steps)" }

        let shown = subjects.prefix(3).map(\.description).joined(separator: ", ")
        let more = subjects.count > 3 ? " and \(subjects.count - 3) more" : ""
        let noun = findingCount == 1 ? "finding" : "findings"
        return "\(checkID) \(verb): \(findingCount) \(noun) (\(shown)\(more)), +\(steps)"
    }
}
