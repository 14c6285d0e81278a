import EvidentBinder
import EvidentCore
import EvidentStore

/// Reads from the store everything a binder of one run holds.
enum BinderGathering {
    /// How many runs, up to and including the bound one, the report's trend chart shows.
    static let trendRuns = 12

    /// Reads the binder input of a run.
    ///
    /// - Throws: `StoreError.runNotFound` when the run has no stored assessment, `StoreError` or
    ///   `LedgerError` when the store cannot be read.
    static func input(for run: RunSummary, store: any LedgerStore) throws -> BinderInput {
        guard let assessment = try store.assessment(runID: run.id) else {
            throw StoreError.runNotFound(runID: run.id)
        }

        let history = try store.postureHistory(organizationID: run.organizationID, limit: Int.max)
            .filter { $0.recordedAt < run.recordedAt || ($0.recordedAt == run.recordedAt && $0.runID <= run.id) }
            .suffix(trendRuns)
        let evidence = try assessment.evidence.filter { SHA256Hasher.isDigest($0.sha256) }.map { file in
            BinderInput.Evidence(
                path: file.path, sha256: file.sha256, content: try store.evidenceContent(sha256: file.sha256))
        }
        return BinderInput(
            run: run, assessment: assessment, history: Array(history),
            ledgerEntries: try store.ledgerEntries(runID: run.id), evidence: evidence)
    }
}
