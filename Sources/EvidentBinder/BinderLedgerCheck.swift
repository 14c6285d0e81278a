import EvidentStore
import FoundationEssentials

/// Compares a checked binder with the ledger of the history database it came from: its ledger
/// entries must be the database's entries of the same sequence numbers, and the database must record
/// that a binder with this `MANIFEST` was issued.
///
/// This tells the organization that a binder shown to it is one it issued, beyond what the
/// signature shows.
public enum BinderLedgerCheck {
    /// Returns the mismatches between the binder and the database's ledger.
    ///
    /// - Throws: `StoreError` when the database cannot be read.
    public static func problems(_ binder: BinderVerification, store: any LedgerStore) throws -> [String] {
        guard
            let runID = binder.ledgerEntries.first(where: { $0.action == .runRecorded || $0.action == .runAdopted })?
                .runID
        else {
            return ["ledger.jsonl: the binder has no entry of its run, so it cannot be matched with the database"]
        }

        let stored = try store.ledgerEntries(runID: runID)
        let storedBySequence = Dictionary(stored.map { ($0.sequence, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for entry in binder.ledgerEntries where storedBySequence[entry.sequence]?.entryHash != entry.entryHash {
            problems.append(
                "ledger.jsonl: entry \(entry.sequence) differs from entry \(entry.sequence) of the database")
        }

        let issued = stored.contains { entry in
            entry.action == .binderIssued
                && (try? JSONDecoder().decode([String: String].self, from: Data(entry.payload.utf8)))?[
                    "manifest_sha256"]
                    == binder.manifestSHA256
        }
        if !issued {
            problems.append(
                "MANIFEST: the database records no binder of run \(runID) with MANIFEST SHA-256 "
                    + (binder.manifestSHA256 ?? "unknown"))
        }
        return problems
    }
}
