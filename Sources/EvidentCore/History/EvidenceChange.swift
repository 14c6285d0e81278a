/// An evidence file that was added, removed or replaced by a file with other content between two runs.
public struct EvidenceChange: Hashable, Sendable {
    /// The kinds of change to a file.
    public enum Change: String, Hashable, Sendable {
        case added
        case removed
        /// The path is in both runs with a different SHA-256 hash.
        case changed
    }

    /// The kind of change.
    public var change: Change
    /// The file's path in the workspace.
    public var path: String
    /// Its SHA-256 hash in the later run, or in the earlier run for a removed file.
    public var sha256: String
    /// Its SHA-256 hash in the earlier run, for changed files.
    public var previousSHA256: String?

    /// Creates an evidence change.
    public init(change: Change, path: String, sha256: String, previousSHA256: String? = nil) {
        self.change = change
        self.path = path
        self.sha256 = sha256
        self.previousSHA256 = previousSHA256
    }
}
