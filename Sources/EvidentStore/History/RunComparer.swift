import EvidentCore

/// Compares two stored runs: findings, check statuses, inventory, BAAs and evidence hashes.
///
/// Pure over what the store returns, so both backends give the same comparison.
enum RunComparer {
    /// Compares the assessments and inventories of two runs.
    ///
    /// - Parameters:
    ///   - inventories: Both runs' inventory items, or `nil` when either run kept none.
    static func compare(
        before: (summary: RunSummary, assessment: Assessment), after: (summary: RunSummary, assessment: Assessment),
        inventories: (before: [InventoryItem], after: [InventoryItem])?
    ) -> RunComparison {
        let findings = FindingMatcher.match(
            before: before.assessment.prioritizedFindings, after: after.assessment.prioritizedFindings)

        return RunComparison(
            before: before.summary,
            after: after.summary,
            newFindings: findings.new,
            resolvedFindings: findings.resolved,
            statusChanges: statusChanges(before.assessment.results, after.assessment.results),
            inventoryCompared: inventories != nil,
            inventoryChanges: inventories.map { inventoryChanges($0.before, $0.after) } ?? [],
            expiredBAAs: inventories.map {
                expiredBAAs($0.before, $0.after, from: before.assessment.asOf, to: after.assessment.asOf)
            } ?? [],
            staleEvidence: EvidenceComparer.staleEvidence(before: before.assessment, after: after.assessment),
            evidenceChanges: EvidenceComparer.changes(
                before: before.assessment.evidence, after: after.assessment.evidence),
            changedFindings: findings.changed)
    }

    // MARK: - Private

    private static func statusChanges(_ before: [CheckResult], _ after: [CheckResult]) -> [StatusChange] {
        let beforeByID = Dictionary(before.map { ($0.checkID, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.map(\.checkID))

        var changes: [StatusChange] = after.compactMap { result in
            let previous = beforeByID[result.checkID]?.status
            guard previous != result.status else { return nil }
            return StatusChange(checkID: result.checkID, title: result.title, before: previous, after: result.status)
        }
        changes += before.filter { !afterIDs.contains($0.checkID) }.map { result in
            StatusChange(checkID: result.checkID, title: result.title, before: result.status, after: nil)
        }
        return changes
    }

    private static func inventoryChanges(_ before: [InventoryItem], _ after: [InventoryItem]) -> [InventoryChange] {
        let beforeByKey = index(before)
        let afterByKey = index(after)

        var changes: [InventoryChange] = []
        for (identity, item) in afterByKey {
            if let previous = beforeByKey[identity] {
                if previous.state != item.state {
                    changes.append(InventoryChange(change: .changed, item: item, previousState: previous.state))
                }
            } else {
                changes.append(InventoryChange(change: .added, item: item))
            }
        }
        for (identity, item) in beforeByKey where afterByKey[identity] == nil {
            changes.append(InventoryChange(change: .removed, item: item))
        }
        return changes.sorted { lhs, rhs in
            (lhs.item.kind, lhs.item.key, lhs.change.rawValue) < (rhs.item.kind, rhs.item.key, rhs.change.rawValue)
        }
    }

    /// Items by kind and key; a key repeated within one run (one account exported twice) counts once.
    private static func index(_ items: [InventoryItem]) -> [String: InventoryItem] {
        Dictionary(items.map { ("\($0.kind.rawValue)\u{0}\($0.key)", $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func expiredBAAs(
        _ before: [InventoryItem], _ after: [InventoryItem], from start: CalendarDay, to end: CalendarDay
    ) -> [InventoryItem] {
        let inForceBefore = Set(
            before.filter { $0.kind == .vendor && ($0.expires.map { $0 >= start } ?? false) }.map(\.key))

        return after.filter { item in
            guard item.kind == .vendor, inForceBefore.contains(item.key), let expires = item.expires else {
                return false
            }
            return expires < end
        }
        .sorted { $0.key < $1.key }
    }
}
