/// The payload of an `evidence.stored` or `evidence.pruned` ledger entry.
struct EvidenceEntryPayload: Codable, Equatable {
    /// The content's SHA-256.
    var sha256: String
    /// The content's size in bytes.
    var bytes: Int64
    /// For `evidence.stored`, the workspace path the content was first read from.
    var path: String?
    /// For `evidence.pruned`, the start of the retention period: no run recorded since used the file.
    var retainedSince: String?

    enum CodingKeys: String, CodingKey {
        case sha256, bytes, path
        case retainedSince = "retained_since"
    }
}
