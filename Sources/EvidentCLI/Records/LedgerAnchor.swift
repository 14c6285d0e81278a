import EvidentStore

/// A ledger entry noted outside the database, `SEQUENCE:HASH`, which `evident verify --anchor`
/// checks is still there unchanged.
///
/// The chain alone cannot show that its newest entries were removed together with the rows they
/// describe; an entry noted earlier can.
struct LedgerAnchor {
    /// The entry's sequence number.
    let sequence: Int64
    /// The entry's hash.
    let entryHash: String

    /// Parses `SEQUENCE:HASH`; `nil` for no value.
    ///
    /// - Throws: `UsageError.invalidArgument` naming the value when it is not in that form.
    init?(_ text: String?) throws(UsageError) {
        guard let text else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let sequence = Int64(parts[0]), sequence > 0,
            SHA256Hasher.isDigest(String(parts[1]))
        else {
            throw .invalidArgument(
                "invalid value '\(text)' for '--anchor'; expected SEQUENCE:HASH as 'evident verify' prints it, "
                    + "for example 42:\(String(repeating: "0", count: 64)).")
        }
        self.sequence = sequence
        self.entryHash = String(parts[1])
    }

    /// Returns the mismatch, if any, between the anchor and the store's ledger.
    func problems(in store: any LedgerStore) throws -> [String] {
        guard let entry = try store.ledgerEntries(runID: nil).first(where: { $0.sequence == sequence }) else {
            return ["ledger entry \(sequence): the anchor names it, but the ledger no longer has it"]
        }
        guard entry.entryHash == entryHash else {
            return ["ledger entry \(sequence): its hash is \(entry.entryHash), not the anchor's \(entryHash)"]
        }
        return []
    }
}
