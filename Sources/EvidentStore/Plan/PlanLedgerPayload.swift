/// The payload of a `plan.changed` or `plan.adopted` entry: the item as it is after the change, why
/// it changed, and the hashes of the rows the change left.
///
/// Entries written before schema version 8 have no hashes, so those fields are optional. The upgrade
/// to version 8 adopts each such item with a `plan.adopted` entry that has them.
struct PlanLedgerPayload: Codable, Equatable {
    var item: Int64
    var check: String
    var subjectKind: String
    var subjectID: String
    var status: String
    var severity: String
    var owner: String?
    var due: String
    /// The run that made the change; absent for a change by hand and for an adoption.
    var run: Int64?
    /// The reason for the change; absent for an adoption.
    var reason: String?
    /// The position of the `plan_item_changes` row the change added.
    var position: Int64?
    /// The SHA-256 of the item's `plan_items` row after the change, every column.
    var itemRowSHA256: String?
    /// The SHA-256 of the `plan_item_changes` row the change added, every column.
    var changeRowSHA256: String?
    /// For an adoption, the SHA-256 of each `plan_item_changes` row of the item, by position.
    var changeRowsSHA256: [String: String]?

    enum CodingKeys: String, CodingKey {
        case item, check, status, severity, owner, due, run, reason, position
        case subjectKind = "subject_kind"
        case subjectID = "subject_id"
        case itemRowSHA256 = "plan_items_row_sha256"
        case changeRowSHA256 = "plan_item_changes_row_sha256"
        case changeRowsSHA256 = "plan_item_changes_rows_sha256"
    }
}
