import EvidentStore

/// What checking a binder found: how many files matched, the signing key, and every mismatch.
public struct BinderVerification: Hashable, Sendable {
    /// The binder's folder.
    public var folder = ""
    /// The files listed in `MANIFEST` whose SHA-256 matched.
    public var matchedFiles = 0
    /// The ledger entries in `ledger.jsonl` whose hashes matched.
    public var matchedLedgerEntries = 0
    /// The SHA-256 of the signing public key's DER form, to compare with one published out of band.
    public var keyFingerprint: String?
    /// The SHA-256 of `MANIFEST`, as the ledger records it for an issued binder.
    public var manifestSHA256: String?
    /// The entries of `ledger.jsonl` that could be read, in file order.
    public var ledgerEntries: [LedgerEntry] = []
    /// Every mismatch, each naming the file or entry, the signature first.
    public var problems: [String] = []

    /// Creates an empty result.
    public init() {}

    /// Whether the signature, every listed file and every ledger entry matched.
    public var isIntact: Bool { problems.isEmpty }
}
