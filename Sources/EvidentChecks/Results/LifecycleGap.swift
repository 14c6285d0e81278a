/// The lifecycle properties a finding takes away from its check's result, besides `implemented`,
/// which every violation takes away.
struct LifecycleGap: OptionSet, Sendable {
    let rawValue: Int

    /// The declaration, policy or decision the check needs is missing.
    static let documented = LifecycleGap(rawValue: 1 << 0)
    /// Evidence is older than its age limit, or a review is behind its cadence.
    static let maintained = LifecycleGap(rawValue: 1 << 1)
    /// An export the check needs is missing or could not be read.
    static let evidenced = LifecycleGap(rawValue: 1 << 2)
}
