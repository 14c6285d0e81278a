import FoundationEssentials

/// Reads the rows of the remediation plan with every column in a fixed order, so the plan's ledger
/// entries and `evident verify` hash the same text.
struct PlanFingerprint<Connection: DatabaseConnection> {
    /// Every column of `plan_items` in the order that is hashed; `id` is first.
    static var itemColumns: String {
        """
        id, organization_id, check_id, subject_kind, subject_id, status, severity, finding, fix_steps, proof,
        owner, due, opened_run_id, verified_run_id, updated_at
        """
    }

    /// Every column of `plan_item_changes` in the order that is hashed; `item_id` and `position` are first.
    static var changeColumns: String {
        "item_id, position, recorded_at, status, severity, owner, due, run_id, reason"
    }

    /// The open database.
    let connection: Connection

    /// Returns every item row, by id.
    func itemRows() throws -> [DatabaseRow] {
        try connection.query("SELECT \(Self.itemColumns) FROM plan_items ORDER BY id", [])
    }

    /// Returns every change row, by item and position.
    func changeRows() throws -> [DatabaseRow] {
        try connection.query("SELECT \(Self.changeColumns) FROM plan_item_changes ORDER BY item_id, position", [])
    }

    /// Returns an item's row, or `nil` when there is no item with that id.
    func itemRow(itemID: Int64) throws -> DatabaseRow? {
        try connection.query("SELECT \(Self.itemColumns) FROM plan_items WHERE id = ?", [.integer(itemID)]).first
    }

    /// Returns an item's change rows, by position.
    func changeRows(itemID: Int64) throws -> [DatabaseRow] {
        try connection.query(
            "SELECT \(Self.changeColumns) FROM plan_item_changes WHERE item_id = ? ORDER BY position",
            [.integer(itemID)])
    }
}
