import FoundationEssentials

extension IntegrityVerifier {
    /// Compares each plan item's row with the hash in its newest `plan.changed` or `plan.adopted`
    /// entry, and each of its history rows with the entry that added or adopted it.
    ///
    /// Entries are matched to items by the payload's `item`. An entry whose payload is not a plan
    /// payload is left to the chain check, which has already verified its hashes.
    func checkPlan(_ entries: [LedgerEntry], into report: inout IntegrityReport) throws {
        var entriesByItem: [Int64: [PlanEntry]] = [:]
        for entry in entries where entry.action == .planChanged || entry.action == .planAdopted {
            guard let payload = try? JSONDecoder().decode(PlanLedgerPayload.self, from: Data(entry.payload.utf8))
            else { continue }
            entriesByItem[payload.item, default: []].append(PlanEntry(entry: entry, payload: payload))
        }
        let fingerprint = PlanFingerprint(connection: repository.connection)
        let itemRows = try fingerprint.itemRows()
        let changeRows = Dictionary(grouping: try fingerprint.changeRows()) { $0.integer(at: 0) }
        report.planItems = itemRows.count

        for row in itemRows {
            let itemID = row.integer(at: 0)
            guard let recorded = entriesByItem.removeValue(forKey: itemID), let newest = recorded.last else {
                report.problems.append(
                    .init(.planItem, String(itemID), "has no ledger entry; it was added outside Evident"))
                continue
            }
            report.problems += Self.itemProblems(row, newest: newest)
            report.problems += Self.changeProblems(changeRows[itemID] ?? [], itemID: itemID, entries: recorded)
        }
        for (itemID, recorded) in entriesByItem.sorted(by: { $0.key < $1.key }) {
            let sequence = recorded.last?.entry.sequence ?? 0
            report.problems.append(
                .init(.planItem, String(itemID), "recorded in ledger entry \(sequence) but missing from the database"))
        }
    }

    // MARK: - Private

    private static func itemProblems(_ row: DatabaseRow, newest: PlanEntry) -> [IntegrityProblem] {
        let id = String(row.integer(at: 0))
        let sequence = newest.entry.sequence
        guard let recorded = newest.payload.itemRowSHA256 else {
            return [.init(.planItem, id, "ledger entry \(sequence) records no hash of its plan_items row")]
        }
        guard recorded != RowDigest.sha256([row]) else { return [] }

        // Columns of `PlanFingerprint.itemColumns`: status 5, severity 6, owner 10, due 11.
        let payload = newest.payload
        let fields = differences([
            ("status", row.text(at: 5), payload.status), ("severity", row.text(at: 6), payload.severity),
            ("owner", row.text(at: 10), payload.owner), ("due", row.text(at: 11), payload.due),
        ])
        return [.init(.planItem, id, "plan_items row changed since ledger entry \(sequence)\(fields)")]
    }

    private static func changeProblems(_ rows: [DatabaseRow], itemID: Int64, entries: [PlanEntry])
        -> [IntegrityProblem]
    {
        // The hash each history row had when its entry was written; a later adoption replaces earlier ones.
        var expected: [Int64: (sha256: String, entry: PlanEntry)] = [:]
        for planEntry in entries {
            let payload = planEntry.payload
            if let position = payload.position, let sha256 = payload.changeRowSHA256 {
                expected[position] = (sha256, planEntry)
            }
            for (position, sha256) in payload.changeRowsSHA256 ?? [:] {
                if let position = Int64(position) { expected[position] = (sha256, planEntry) }
            }
        }

        let id = String(itemID)
        var problems: [IntegrityProblem] = []
        for row in rows {
            let position = row.integer(at: 1)
            guard let (sha256, planEntry) = expected.removeValue(forKey: position) else {
                let reason = "plan_item_changes row \(position) has no ledger entry; it was added outside Evident"
                problems.append(.init(.planItem, id, reason))
                continue
            }
            guard sha256 != RowDigest.sha256([row]) else { continue }

            // Columns of `PlanFingerprint.changeColumns`: status 3, severity 4, owner 5, due 6, reason 8.
            // An adoption entry records hashes only, so it names no field.
            let payload = planEntry.payload
            let fields =
                planEntry.entry.action == .planChanged
                ? differences([
                    ("status", row.text(at: 3), payload.status), ("severity", row.text(at: 4), payload.severity),
                    ("owner", row.text(at: 5), payload.owner), ("due", row.text(at: 6), payload.due),
                    ("reason", row.text(at: 8), payload.reason),
                ]) : ""
            problems.append(
                .init(
                    .planItem, id,
                    "plan_item_changes row \(position) changed since ledger entry \(planEntry.entry.sequence)\(fields)")
            )
        }
        for (position, value) in expected.sorted(by: { $0.key < $1.key }) {
            problems.append(
                .init(
                    .planItem, id,
                    "plan_item_changes row \(position) recorded in ledger entry \(value.entry.entry.sequence) "
                        + "but missing from the database"))
        }
        return problems
    }

    /// Lists the fields whose stored value differs from the entry's as `: status verified (entry: open)`,
    /// or returns an empty string when the difference is in a column the entry does not repeat.
    private static func differences(_ fields: [(name: String, stored: String?, recorded: String?)]) -> String {
        let changed = fields.filter { $0.stored != $0.recorded }.map { field in
            "\(field.name) \(field.stored ?? "none") (entry: \(field.recorded ?? "none"))"
        }
        return changed.isEmpty ? "" : ": " + changed.joined(separator: ", ")
    }
}

/// A plan entry with its decoded payload.
private struct PlanEntry {
    let entry: LedgerEntry
    let payload: PlanLedgerPayload
}
