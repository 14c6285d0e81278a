/// What changed between two stored runs of one organization: `evident diff`.
///
/// Built by the store from the runs' normalized rows, so it needs none of the workspace's files.
public struct RunComparison: Hashable, Sendable {
    /// The earlier run.
    public var before: RunSummary
    /// The later run.
    public var after: RunSummary
    /// Findings of the later run that the earlier run did not have: regressions.
    public var newFindings: [Finding]
    /// Findings of the earlier run that are gone from the later one.
    public var resolvedFindings: [Finding]
    /// Findings of the same check and subject in both runs whose severity, kind or message changed,
    /// in the later run's order. They are in neither `newFindings` nor `resolvedFindings`.
    public var changedFindings: [FindingChange]
    /// Checks whose status differs between the runs, in the later run's order.
    public var statusChanges: [StatusChange]
    /// Whether both runs kept their inventory; when `false`, `inventoryChanges` is empty because
    /// it cannot be known.
    public var inventoryCompared: Bool
    /// Inventory records added, removed or changed, by kind and then key.
    public var inventoryChanges: [InventoryChange]
    /// Vendors whose BAA was in force on the earlier run's day and expired by the later run's day.
    public var expiredBAAs: [InventoryItem]
    /// Evidence files that went stale between the runs, and files removed, by path.
    public var staleEvidence: [StaleEvidence]
    /// Evidence files added, removed or changed (by SHA-256 hash), by path. Files with the same hash
    /// in both runs are not listed.
    public var evidenceChanges: [EvidenceChange]

    /// Creates a comparison.
    public init(
        before: RunSummary, after: RunSummary, newFindings: [Finding], resolvedFindings: [Finding],
        statusChanges: [StatusChange], inventoryCompared: Bool, inventoryChanges: [InventoryChange],
        expiredBAAs: [InventoryItem], staleEvidence: [StaleEvidence], evidenceChanges: [EvidenceChange] = [],
        changedFindings: [FindingChange] = []
    ) {
        self.before = before
        self.after = after
        self.newFindings = newFindings
        self.resolvedFindings = resolvedFindings
        self.changedFindings = changedFindings
        self.statusChanges = statusChanges
        self.inventoryCompared = inventoryCompared
        self.inventoryChanges = inventoryChanges
        self.expiredBAAs = expiredBAAs
        self.staleEvidence = staleEvidence
        self.evidenceChanges = evidenceChanges
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        newFindings.isEmpty && resolvedFindings.isEmpty && changedFindings.isEmpty && statusChanges.isEmpty
            && inventoryChanges.isEmpty
            && expiredBAAs.isEmpty && staleEvidence.isEmpty && evidenceChanges.isEmpty
    }
}
