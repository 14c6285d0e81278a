import FoundationEssentials

/// One entry of the append-only ledger, linked to the entry before it by that entry's hash.
///
/// `entryHash` is the SHA-256 of `canonicalText`, which contains every other field, the payload by its
/// SHA-256. Changing any field of any entry therefore changes its hash and breaks the link from the
/// next entry, which is what `evident verify` finds.
public struct LedgerEntry: Hashable, Sendable, Codable {
    /// The `previousHash` of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The position in the ledger, 1 for the first entry, without gaps.
    public var sequence: Int64
    /// When the entry was appended, as ISO 8601 UTC text with milliseconds; kept as text because the
    /// hash covers these exact characters.
    public var recordedAt: String
    /// Who acted.
    public var actor: String
    /// What happened.
    public var action: LedgerAction
    /// The organization concerned, when there is one.
    public var organizationID: String?
    /// The run concerned, when there is one.
    public var runID: Int64?
    /// The entry's subject: a run id, an evidence SHA-256, a plan item id.
    public var subject: String
    /// The payload as canonical JSON.
    public var payload: String
    /// The SHA-256 of the payload's UTF-8 bytes.
    public var payloadSHA256: String
    /// The `entryHash` of the entry before, or `genesisHash` for the first.
    public var previousHash: String
    /// The SHA-256 of `canonicalText`.
    public var entryHash: String

    /// Creates an entry from its stored fields; the store's append computes the hashes.
    public init(
        sequence: Int64, recordedAt: String, actor: String, action: LedgerAction, organizationID: String?,
        runID: Int64?, subject: String, payload: String, payloadSHA256: String, previousHash: String,
        entryHash: String
    ) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.action = action
        self.organizationID = organizationID
        self.runID = runID
        self.subject = subject
        self.payload = payload
        self.payloadSHA256 = payloadSHA256
        self.previousHash = previousHash
        self.entryHash = entryHash
    }

    /// The text the entry hash covers: a version line, then one line per field in a fixed order, each
    /// ending with a line feed; an absent organization or run is an empty line.
    ///
    /// docs/verify.md shows how to recompute it with `printf` and `sha256sum`.
    public var canonicalText: String {
        Self.canonicalText(
            sequence: sequence, recordedAt: recordedAt, actor: actor, action: action, organizationID: organizationID,
            runID: runID, subject: subject, payloadSHA256: payloadSHA256, previousHash: previousHash)
    }

    /// Builds the canonical text of an entry from its fields.
    static func canonicalText(
        sequence: Int64, recordedAt: String, actor: String, action: LedgerAction, organizationID: String?,
        runID: Int64?, subject: String, payloadSHA256: String, previousHash: String
    ) -> String {
        let lines = [
            "evident-ledger-v1", String(sequence), recordedAt, actor, action.rawValue, organizationID ?? "",
            runID.map(String.init) ?? "", subject, payloadSHA256, previousHash,
        ]
        return lines.map { $0 + "\n" }.joined()
    }

    enum CodingKeys: String, CodingKey {
        case sequence, actor, action, subject, payload
        case recordedAt = "recorded_at"
        case organizationID = "organization_id"
        case runID = "run_id"
        case payloadSHA256 = "payload_sha256"
        case previousHash = "previous_hash"
        case entryHash = "entry_hash"
    }
}
