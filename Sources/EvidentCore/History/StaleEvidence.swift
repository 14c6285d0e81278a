/// An evidence file that went stale between two runs: fresh in the earlier run and too old in the
/// later one, or removed from the later run.
public struct StaleEvidence: Hashable, Sendable {
    /// Why the file counts as stale.
    public enum Reason: String, Hashable, Sendable {
        /// The later run found the file's newest record older than its evidence age limit and the
        /// earlier run did not.
        case aged
        /// The file was in the earlier run and is missing from the later one.
        case removed
    }

    /// The file's path in the workspace.
    public var path: String
    /// Its SHA-256 hash in the later run, or in the earlier run for a removed file.
    public var sha256: String
    /// Why it counts as stale.
    public var reason: Reason
    /// The day of the file's newest record in the later run, for an aged file whose records carry dates.
    public var newestRecord: CalendarDay?

    /// Creates a stale evidence entry.
    public init(path: String, sha256: String, reason: Reason, newestRecord: CalendarDay? = nil) {
        self.path = path
        self.sha256 = sha256
        self.reason = reason
        self.newestRecord = newestRecord
    }
}
