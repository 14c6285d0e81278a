/// The errors of Evident's own records: the ledger, the evidence store, pruning and verification.
///
/// Descriptions name the database, the entry or the file, and what to do.
public enum LedgerError: Error, Equatable {
    /// A ledger field holds a line break or another control character, which the canonical text of
    /// an entry cannot hold.
    case invalidField(field: String, value: String)
    /// A payload could not be encoded as JSON.
    case cannotEncodePayload(reason: String)
    /// Evidence content does not have the SHA-256 the caller expected, so it changed while being read.
    case contentChanged(path: String, expected: String, found: String)
    /// The evidence folder or one of its files could not be written or read.
    case evidenceFile(path: String, reason: String)
    /// A stored value of the ledger or the evidence store could not be read back.
    case invalidStoredValue(location: String, table: String, value: String)
    /// The retention period is shorter than the Security Rule allows.
    case retentionTooShort(years: Int)
}

extension LedgerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidField(let field, let value):
            "the ledger field \(field) holds a line break or control character in '\(value)'; remove it"
        case .cannotEncodePayload(let reason):
            "cannot encode the ledger payload as JSON: \(reason)"
        case .contentChanged(let path, let expected, let found):
            "the evidence file \(path) changed while it was assessed (SHA-256 \(expected) when read, \(found) "
                + "now); run the assessment again once the file stays unchanged"
        case .evidenceFile(let path, let reason):
            "evidence store file \(path): \(reason); check the folder's permissions and free space"
        case .invalidStoredValue(let location, let table, let value):
            "database \(location): table \(table) holds '\(value)', which this build cannot read; run 'evident verify'"
        case .retentionTooShort(let years):
            "a retention of \(years) years is shorter than the 6 years 45 CFR 164.316(b)(2)(i) requires; "
                + "choose 6 or more"
        }
    }
}
