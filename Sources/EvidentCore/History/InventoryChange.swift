/// An inventory record that appeared, disappeared or changed state between two runs.
public struct InventoryChange: Hashable, Sendable {
    /// How the record changed.
    public enum Change: String, Hashable, Sendable {
        case added
        case removed
        case changed
    }

    /// How it changed.
    public var change: Change
    /// The record in the later run, or in the earlier one when removed.
    public var item: InventoryItem
    /// The state in the earlier run, for changed records.
    public var previousState: String?

    /// Creates an inventory change.
    public init(change: Change, item: InventoryItem, previousState: String? = nil) {
        self.change = change
        self.item = item
        self.previousState = previousState
    }
}
