import EvidentCore
import FoundationEssentials

/// Writes and reads the remediation plan in either database, so SQLite and PostgreSQL stores keep
/// the same items and history.
struct PlanRepository<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// The actor of the changes, for their ledger entries.
    let actor: String

    /// The columns of `plan_items` that `items` reads, in order.
    private static var itemColumns: String { PlanFingerprint<Connection>.itemColumns }

    /// Writes every change, its history entry and its ledger entry in one transaction.
    ///
    /// A creation whose check and subject already have an item is skipped, with no history entry,
    /// because another process reconciling a run of the same organization created it first.
    func apply(_ changes: [PlanChange]) throws -> [PlanItem] {
        try connection.inTransaction {
            var stored: [PlanItem] = []
            for change in changes {
                var item = change.item
                if item.id == 0 {
                    guard let id = try insert(item) else { continue }
                    item.id = id
                } else {
                    item.id = try update(item)
                }
                let position = try appendHistory(change, itemID: item.id)
                try appendLedgerEntry(change, item: item, position: position)
                stored.append(item)
            }
            return stored
        }
    }

    /// Lists an organization's items by id.
    func items(organizationID: String) throws -> [PlanItem] {
        try connection.query(
            "SELECT \(Self.itemColumns) FROM plan_items WHERE organization_id = ? ORDER BY id",
            [.text(organizationID)]
        ).map(item(from:))
    }

    /// Lists an item's history, oldest first.
    func history(itemID: Int64) throws -> [PlanHistoryEntry] {
        try connection.query(
            """
            SELECT position, recorded_at, status, severity, owner, due, run_id, reason
            FROM plan_item_changes WHERE item_id = ? ORDER BY position
            """,
            [.integer(itemID)]
        ).map { row in
            PlanHistoryEntry(
                position: Int(row.integer(at: 0)),
                recordedAt: try value(row.text(at: 1), itemID, "plan_item_changes.recorded_at", StoreTimestamp.date),
                status: try value(row.text(at: 2), itemID, "plan_item_changes.status", PlanItemStatus.init),
                severity: try value(row.text(at: 3), itemID, "plan_item_changes.severity", Severity.init),
                owner: row.text(at: 4),
                due: try value(row.text(at: 5), itemID, "plan_item_changes.due", CalendarDay.init(iso8601:)),
                runID: row.text(at: 6).flatMap { Int64($0) },
                reason: row.text(at: 7) ?? "")
        }
    }

    // MARK: - Private

    /// Inserts an item and returns its id, or `nil` when its check and subject already have one.
    private func insert(_ item: PlanItem) throws -> Int64? {
        let rows = try connection.query(
            """
            INSERT INTO plan_items (organization_id, check_id, subject_kind, subject_id, status, severity, finding,
                fix_steps, proof, owner, due, opened_run_id, verified_run_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (organization_id, check_id, subject_kind, subject_id) DO NOTHING
            RETURNING id
            """,
            [.text(item.organizationID), .text(item.checkID)] + values(of: item))
        guard let row = rows.first else { return nil }
        guard let id = Int64(row.text(at: 0) ?? "") else {
            throw StoreError.invalidStoredValue(
                path: connection.location, runID: 0, column: "plan_items.id", value: row.text(at: 0) ?? "")
        }
        return id
    }

    private func update(_ item: PlanItem) throws -> Int64 {
        let rows = try connection.query(
            """
            UPDATE plan_items SET subject_kind = ?, subject_id = ?, status = ?, severity = ?, finding = ?,
                fix_steps = ?, proof = ?, owner = ?, due = ?, opened_run_id = ?, verified_run_id = ?, updated_at = ?
            WHERE id = ? AND organization_id = ? AND check_id = ?
            RETURNING id
            """,
            values(of: item) + [.integer(item.id), .text(item.organizationID), .text(item.checkID)])
        guard !rows.isEmpty else {
            throw StoreError.planItemNotFound(id: item.id, organizationID: item.organizationID)
        }
        return item.id
    }

    /// Returns the values of the columns from `subject_kind` to `updated_at`, in column order.
    private func values(of item: PlanItem) -> [DatabaseValue] {
        [
            .text(item.subject.kind.rawValue), .text(item.subject.id), .text(item.status.rawValue),
            .text(item.severity.rawValue), .text(item.finding), .text(item.fixSteps), .text(item.proof),
            .optionalText(item.owner), .text(item.due.description),
            item.openedRunID.map(DatabaseValue.integer) ?? .null,
            item.verifiedRunID.map(DatabaseValue.integer) ?? .null,
            .text(StoreTimestamp.text(item.updatedAt)),
        ]
    }

    /// Enters a change in the ledger with the hashes of the rows it left, so a plan item cannot be
    /// closed or reassigned without a trace, in the ledger or in its rows.
    private func appendLedgerEntry(_ change: PlanChange, item: PlanItem, position: Int64) throws {
        let fingerprint = PlanFingerprint(connection: connection)
        let itemRow = try fingerprint.itemRow(itemID: item.id)
        let changeRow = try fingerprint.changeRows(itemID: item.id).first { $0.integer(at: 1) == position }
        let payload = PlanLedgerPayload(
            item: item.id, check: item.checkID, subjectKind: item.subject.kind.rawValue, subjectID: item.subject.id,
            status: item.status.rawValue, severity: item.severity.rawValue, owner: item.owner,
            due: item.due.description, run: change.runID, reason: change.reason, position: position,
            itemRowSHA256: itemRow.map { RowDigest.sha256([$0]) },
            changeRowSHA256: changeRow.map { RowDigest.sha256([$0]) })
        let draft = try LedgerDraft(
            action: .planChanged, actor: actor, organizationID: item.organizationID, runID: change.runID,
            subject: String(item.id), encoding: payload)
        _ = try LedgerWriter(connection: connection).append(draft, recordedAt: change.recordedAt)
    }

    /// Adds the change to the item's history and returns its position.
    private func appendHistory(_ change: PlanChange, itemID: Int64) throws -> Int64 {
        let position = try connection.integer(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM plan_item_changes WHERE item_id = ?", [.integer(itemID)])
        try connection.run(
            """
            INSERT INTO plan_item_changes (item_id, position, recorded_at, status, severity, owner, due, run_id, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(itemID), .integer(position), .text(StoreTimestamp.text(change.recordedAt)),
                .text(change.item.status.rawValue), .text(change.item.severity.rawValue),
                .optionalText(change.item.owner), .text(change.item.due.description),
                change.runID.map(DatabaseValue.integer) ?? .null, .text(change.reason),
            ])
        return position
    }

    private func item(from row: DatabaseRow) throws -> PlanItem {
        let id = row.integer(at: 0)
        return PlanItem(
            id: id,
            organizationID: row.text(at: 1) ?? "",
            checkID: row.text(at: 2) ?? "",
            subject: Subject(
                kind: try value(row.text(at: 3), id, "plan_items.subject_kind", Subject.Kind.init),
                id: row.text(at: 4) ?? ""),
            status: try value(row.text(at: 5), id, "plan_items.status", PlanItemStatus.init),
            severity: try value(row.text(at: 6), id, "plan_items.severity", Severity.init),
            finding: row.text(at: 7) ?? "",
            fixSteps: row.text(at: 8) ?? "",
            proof: row.text(at: 9) ?? "",
            owner: row.text(at: 10),
            due: try value(row.text(at: 11), id, "plan_items.due", CalendarDay.init(iso8601:)),
            openedRunID: row.text(at: 12).flatMap { Int64($0) },
            verifiedRunID: row.text(at: 13).flatMap { Int64($0) },
            updatedAt: try value(row.text(at: 14), id, "plan_items.updated_at", StoreTimestamp.date))
    }

    /// Parses a stored value, or throws naming the item and column when this build cannot read it.
    private func value<Value>(_ text: String?, _ itemID: Int64, _ column: String, _ parse: (String) -> Value?)
        throws -> Value
    {
        guard let text, let parsed = parse(text) else {
            // NOTE: invalidStoredValue names a run id; plan rows pass the item id in that place.
            throw StoreError.invalidStoredValue(
                path: connection.location, runID: itemID, column: column, value: text ?? "")
        }
        return parsed
    }
}
