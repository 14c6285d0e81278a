import EvidentCore

/// Orders remediation work so the checks whose fixes remove the most risk come first.
///
/// The order rests on one function from a check id to the risk removed if that check's findings
/// were fixed; any `Comparable` value works, greater meaning more risk removed. Items of the same
/// check stay together, ordered by severity and then subject. Verified items come last, because
/// they need no more work.
public struct PlanOrdering<RiskReduction: Comparable>: Sendable {
    /// Returns the risk removed if a check's findings were fixed.
    public let riskReduction: @Sendable (String) -> RiskReduction

    /// Creates an ordering from a risk-reduction function.
    public init(riskReduction: @escaping @Sendable (String) -> RiskReduction) {
        self.riskReduction = riskReduction
    }

    /// Returns the items in the order to work on them.
    public func ordered(_ items: [PlanItem]) -> [PlanItem] {
        var reductions: [String: RiskReduction] = [:]
        for checkID in Set(items.map(\.checkID)) {
            reductions[checkID] = riskReduction(checkID)
        }

        return items.sorted { lhs, rhs in
            if lhs.isOutstanding != rhs.isOutstanding { return lhs.isOutstanding }
            if lhs.checkID != rhs.checkID, let left = reductions[lhs.checkID], let right = reductions[rhs.checkID],
                left != right
            {
                return left > right
            }
            if lhs.checkID != rhs.checkID { return lhs.checkID < rhs.checkID }
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            return lhs.subject < rhs.subject
        }
    }
}
