/// A value on the five-level qualitative scale of NIST SP 800-30 Rev. 1 (Appendices G, H and I),
/// used alike for likelihood, impact and level of risk.
///
/// The qualitative level is the primary value. Levels are combined through Table I-2 (see
/// `RiskMatrix` in EvidentRisk), never multiplied.
public enum RiskLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case veryLow = "very-low"
    case low
    case moderate
    case high
    case veryHigh = "very-high"

    /// The position on the scale, 0 for `veryLow` through 4 for `veryHigh`.
    public var rank: Int {
        RiskLevel.allCases.firstIndex(of: self)!
    }

    /// The name SP 800-30 uses, for example `Very High`.
    public var title: String {
        switch self {
        case .veryLow: "Very Low"
        case .low: "Low"
        case .moderate: "Moderate"
        case .high: "High"
        case .veryHigh: "Very High"
        }
    }

    /// Creates the level at a rank, clamped to the scale.
    public init(clampedRank rank: Int) {
        self = RiskLevel.allCases[min(max(rank, 0), RiskLevel.allCases.count - 1)]
    }

    /// Returns the level `steps` above this one (below it for negative steps), clamped to the scale.
    public func raised(by steps: Int) -> RiskLevel {
        RiskLevel(clampedRank: rank + steps)
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
