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

/// The stand-in for a risk analysis: a check's highest outstanding severity, then how many subjects
/// its outstanding items name. Fixing a check with a critical finding about many subjects removes
/// more risk than one with a medium finding about one.
public struct SeverityReach: Comparable, Sendable {
    /// The highest severity of the check's outstanding items.
    public var severity: Severity
    /// How many subjects the check's outstanding items name.
    public var subjects: Int

    /// Creates a value.
    public init(severity: Severity, subjects: Int) {
        self.severity = severity
        self.subjects = subjects
    }

    public static func < (lhs: SeverityReach, rhs: SeverityReach) -> Bool {
        (lhs.severity.rank, lhs.subjects) < (rhs.severity.rank, rhs.subjects)
    }
}

extension PlanOrdering where RiskReduction == SeverityReach {
    /// Returns the ordering by severity and reach computed from the items themselves, for use until a
    /// risk analysis provides the risk each check's fix removes.
    public static func bySeverityAndReach(of items: [PlanItem]) -> PlanOrdering<SeverityReach> {
        var reach: [String: SeverityReach] = [:]
        for item in items where item.isOutstanding {
            var value = reach[item.checkID] ?? SeverityReach(severity: item.severity, subjects: 0)
            value.severity = max(value.severity, item.severity)
            value.subjects += 1
            reach[item.checkID] = value
        }
        let table = reach
        return PlanOrdering { table[$0] ?? SeverityReach(severity: .low, subjects: 0) }
    }
}
