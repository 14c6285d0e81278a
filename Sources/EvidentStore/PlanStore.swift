import EvidentCore

/// A store that also keeps the organization's remediation plan.
///
/// Every write goes through `apply(_:)`, so each change to the plan is recorded once, in order, with
/// its reason, whether reconciliation with a run or a person made it.
public protocol PlanStore {
    /// Writes changes to plan items and appends one history entry per change, all of them or none.
    ///
    /// A change whose item has `id` 0 creates the item; any other updates the item with that id. A
    /// creation whose check and subject already have an item is skipped, because two processes that
    /// reconcile runs of one organization at once may both try to create it.
    ///
    /// - Returns: The items as stored, with their ids, in the order of `changes`, without skipped ones.
    /// - Throws: `StoreError.planItemNotFound` when an updated item does not exist for its
    ///   organization, and `StoreError` when the database cannot be written; nothing is kept then.
    func apply(_ changes: [PlanChange]) throws -> [PlanItem]

    /// Lists an organization's plan items, by id.
    ///
    /// - Throws: `StoreError` when the database cannot be read or contains a value this build does not know.
    func planItems(organizationID: String) throws -> [PlanItem]

    /// Lists the recorded changes of one item, oldest first.
    ///
    /// - Throws: `StoreError` when the database cannot be read or contains a value this build does not know.
    func planHistory(itemID: Int64) throws -> [PlanHistoryEntry]
}

extension SQLiteStore: PlanStore {
    public func apply(_ changes: [PlanChange]) throws -> [PlanItem] {
        try PlanRepository(connection: connection, actor: actor).apply(changes)
    }

    public func planItems(organizationID: String) throws -> [PlanItem] {
        try PlanRepository(connection: connection, actor: actor).items(organizationID: organizationID)
    }

    public func planHistory(itemID: Int64) throws -> [PlanHistoryEntry] {
        try PlanRepository(connection: connection, actor: actor).history(itemID: itemID)
    }
}

extension PostgreSQLStore: PlanStore {
    public func apply(_ changes: [PlanChange]) throws -> [PlanItem] {
        try PlanRepository(connection: connection, actor: actor).apply(changes)
    }

    public func planItems(organizationID: String) throws -> [PlanItem] {
        try PlanRepository(connection: connection, actor: actor).items(organizationID: organizationID)
    }

    public func planHistory(itemID: Int64) throws -> [PlanHistoryEntry] {
        try PlanRepository(connection: connection, actor: actor).history(itemID: itemID)
    }
}
