/// An evidence file that did not get fresher between two runs.
public struct StaleEvidence: Hashable, Sendable {
    /// Why the file counts as stale.
    public enum Reason: String, Hashable, Sendable {
        /// The file has the same SHA-256 hash in both runs, so no newer export replaced it.
        case unchanged
        /// The file was in the earlier run and is missing from the later one.
        case removed
    }

    /// The file's path in the workspace.
    public var path: String
    /// Its SHA-256 hash in the earlier run.
    public var sha256: String
    /// Why it counts as stale.
    public var reason: Reason

    /// Creates a stale evidence entry.
    public init(path: String, sha256: String, reason: Reason) {
        self.path = path
        self.sha256 = sha256
        self.reason = reason
    }
}
