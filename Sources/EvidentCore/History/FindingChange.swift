/// A finding that both runs have, about the same check and subject, whose severity, kind or message
/// differs: a BAA that was about to expire and has now expired, or a count that grew.
public struct FindingChange: Hashable, Sendable {
    /// The finding in the earlier run.
    public var before: Finding
    /// The finding in the later run.
    public var after: Finding

    /// Creates a finding change.
    public init(before: Finding, after: Finding) {
        self.before = before
        self.after = after
    }
}
