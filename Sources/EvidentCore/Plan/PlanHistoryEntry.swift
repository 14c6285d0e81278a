import FoundationEssentials

/// One recorded change of a plan item: what the item's status, severity, owner and due day became,
/// when, and why.
public struct PlanHistoryEntry: Hashable, Sendable {
    /// The change's place in the item's history, from 1.
    public var position: Int
    /// When the change was made.
    public var recordedAt: Date
    /// The status after the change.
    public var status: PlanItemStatus
    /// The severity after the change.
    public var severity: Severity
    /// The owner after the change.
    public var owner: String?
    /// The due day after the change.
    public var due: CalendarDay
    /// The assessment run that caused it; `nil` for a change a person made.
    public var runID: Int64?
    /// The cause of the change.
    public var reason: String

    /// Creates an entry.
    public init(
        position: Int, recordedAt: Date, status: PlanItemStatus, severity: Severity, owner: String?,
        due: CalendarDay, runID: Int64?, reason: String
    ) {
        self.position = position
        self.recordedAt = recordedAt
        self.status = status
        self.severity = severity
        self.owner = owner
        self.due = due
        self.runID = runID
        self.reason = reason
    }
}
