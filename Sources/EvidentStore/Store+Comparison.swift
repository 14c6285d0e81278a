import EvidentCore

extension Store {
    /// Compares two runs of the store: what `evident diff` shows.
    ///
    /// - Parameters:
    ///   - beforeID: The earlier run.
    ///   - afterID: The later run.
    /// - Throws: `StoreError.runNotFound` for an unknown id, and `StoreError` when rows cannot be read.
    public func compare(_ beforeID: Int64, _ afterID: Int64) throws -> RunComparison {
        let before = try summaryAndAssessment(beforeID)
        let after = try summaryAndAssessment(afterID)

        var inventories: (before: [InventoryItem], after: [InventoryItem])?
        if let beforeItems = try inventory(runID: beforeID), let afterItems = try inventory(runID: afterID) {
            inventories = (beforeItems, afterItems)
        }
        return RunComparer.compare(before: before, after: after, inventories: inventories)
    }

    // MARK: - Private

    private func summaryAndAssessment(_ id: Int64) throws -> (summary: RunSummary, assessment: Assessment) {
        guard let summary = try run(id: id), let assessment = try assessment(runID: id) else {
            throw StoreError.runNotFound(runID: id)
        }
        return (summary, assessment)
    }
}
