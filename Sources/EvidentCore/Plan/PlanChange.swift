import FoundationEssentials

/// One change to a remediation plan: the item as it is after the change, and why it changed.
///
/// Every write to the plan, by reconciliation with an assessment or by a person, is a `PlanChange`
/// applied through one store method, so the plan's history has one entry per change.
public struct PlanChange: Hashable, Sendable {
    /// The item after the change; an `id` of 0 creates it.
    public var item: PlanItem
    /// The cause of the change, for example `run 12 no longer has the finding`.
    public var reason: String
    /// The assessment run that caused it; `nil` for a change a person made.
    public var runID: Int64?
    /// When the change was made.
    public var recordedAt: Date

    /// Creates a change.
    public init(item: PlanItem, reason: String, runID: Int64? = nil, recordedAt: Date) {
        self.item = item
        self.reason = reason
        self.runID = runID
        self.recordedAt = recordedAt
    }
}
