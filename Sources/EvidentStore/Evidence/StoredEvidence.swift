/// One file of the content-addressed evidence store, as its row in `evidence_objects` describes it.
public struct StoredEvidence: Hashable, Sendable {
    /// The SHA-256 of the content, the name the content is kept under.
    public var sha256: String
    /// The content's size in bytes.
    public var bytes: Int64
    /// When the content was last stored, ISO 8601 UTC text.
    public var storedAt: String
    /// When the content was removed after its retention period; `nil` while it is kept.
    public var prunedAt: String?

    /// Creates the description of a stored file.
    public init(sha256: String, bytes: Int64, storedAt: String, prunedAt: String?) {
        self.sha256 = sha256
        self.bytes = bytes
        self.storedAt = storedAt
        self.prunedAt = prunedAt
    }
}
