/// A check whose status differs between two runs.
public struct StatusChange: Hashable, Sendable {
    /// The check id.
    public var checkID: String
    /// The check's title in the later run.
    public var title: String
    /// The status in the earlier run, or `nil` when the check did not exist then.
    public var before: CheckStatus?
    /// The status in the later run, or `nil` when the check is gone.
    public var after: CheckStatus?

    /// Creates a status change.
    public init(checkID: String, title: String, before: CheckStatus?, after: CheckStatus?) {
        self.checkID = checkID
        self.title = title
        self.before = before
        self.after = after
    }
}
