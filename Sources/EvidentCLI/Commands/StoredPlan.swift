import EvidentChecks
import EvidentCore
import EvidentRisk
import EvidentStore
import Foundation

/// The remediation plan kept beside the history: reconciled after each recorded run, and ordered for
/// `evident plan`.
enum StoredPlan {
    /// Returns the sentence the listing prints about its order.
    static func orderingDescription(asOf day: CalendarDay) -> String {
        "Ordered by the risk each fix removes, from the risk analysis of the workspace as of \(day): residual "
            + "risk levels removed, then the highest level removed, then the check's share of the residual risk "
            + "(docs/plan.md)."
    }

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

    /// Returns the items in the order to work on them, with what fixing each check removes in the
    /// analysis: the checks whose fixes remove the most risk come first.
    static func ordered(_ items: [PlanItem], by analysis: RiskAnalysis) -> (
        items: [PlanItem], reductions: [String: RiskReduction]
    ) {
        var reductions: [String: RiskReduction] = [:]
        for checkID in Set(items.map(\.checkID)) {
            reductions[checkID] = analysis.riskReduction(ifFixed: checkID)
        }
        let table = reductions
        let ordered = PlanOrdering { table[$0] ?? analysis.riskReduction(ifFixed: $0) }.ordered(items)
        return (ordered, reductions)
    }

    /// Returns the store as a plan store; both shipped stores are.
    static func requirePlanStore(_ store: any Store) throws -> any PlanStore {
        guard let planStore = store as? any PlanStore else {
            throw UsageError.invalidArgument("the history database does not keep a remediation plan.")
        }
        return planStore
    }
}
