/// How urgent a finding is; ordered so that `critical` is the greatest.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Minor or advisory, for example a BAA that expires soon.
    case low
    /// A gap to plan for.
    case medium
    /// A gap that exposes ePHI; fix soon.
    case high
    /// A gap auditors and attackers exploit first; fix now.
    case critical

    /// The rank used for ordering, 0 for `low` through 3 for `critical`.
    public var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}
