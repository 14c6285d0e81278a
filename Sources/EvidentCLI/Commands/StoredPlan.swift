import EvidentChecks
import EvidentCore
import EvidentStore
import Foundation

/// The remediation plan kept beside the history: reconciled after each recorded run, and ordered for
/// `evident plan`.
enum StoredPlan {
    /// The sentence the listing prints about its order, while severity and reach stand in for a
    /// risk analysis.
    static let orderingDescription =
        "Ordered by risk reduced: checks with the most severe outstanding findings first, then those with "
        + "the most subjects affected."

    /// Brings the organization's plan in line with a run just recorded.
    ///
    /// - Returns: The changes applied, as stored.
    /// - Throws: `StoreError` when the plan cannot be read or written.
    @discardableResult
    static func reconcile(
        _ store: any Store, assessment: Assessment, runID: Int64, recordedAt: Date, dueDays: PlanDueDays
    ) throws -> [PlanItem] {
        let planStore = try requirePlanStore(store)
        let changes = PlanReconciler(dueDays: dueDays).changes(
            to: try planStore.planItems(organizationID: assessment.organization.id), for: assessment, runID: runID,
            recordedAt: recordedAt)
        return try planStore.apply(changes)
    }

    /// Returns the items in the order to work on them.
    ///
    /// NOTE: the order comes from severity and reach until a risk analysis supplies the risk each
    /// check's fix removes; pass that function to `PlanOrdering(riskReduction:)` here.
    static func ordered(_ items: [PlanItem]) -> [PlanItem] {
        PlanOrdering.bySeverityAndReach(of: items).ordered(items)
    }

    /// Returns the store as a plan store; both shipped stores are.
    static func requirePlanStore(_ store: any Store) throws -> any PlanStore {
        guard let planStore = store as? any PlanStore else {
            throw UsageError.invalidArgument("the history database does not keep a remediation plan.")
        }
        return planStore
    }
}
