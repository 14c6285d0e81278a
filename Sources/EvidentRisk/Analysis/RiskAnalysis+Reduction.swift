import EvidentCore

/// The risk that fixing one check's findings would remove from a register.
public struct RiskReduction: Hashable, Sendable {
    /// The check.
    public var checkID: String
    /// The number of risks whose residual level would drop.
    public var risksLowered: Int
    /// The sum, over every risk, of the residual levels it would drop; the plan's main ordering key.
    public var levelsRemoved: Int
    /// The highest residual level among the risks that would drop, as it is now; `nil` when none drops.
    public var highestLevelRemoved: RiskLevel?
    /// One sentence saying what fixing the check changes.
    public var explanation: String
}

extension RiskAnalysis {
    /// Computes the risk removed if one check's findings were fixed: each risk's residual level is
    /// recomputed as if the check had passed for its asset, and the drops are added up.
    ///
    /// Remediation plans order work by `levelsRemoved`, then by `highestLevelRemoved`, so the fix
    /// that removes the most risk comes first.
    ///
    /// - Parameter checkID: A check id, for example `auth.mfa-coverage`.
    /// - Returns: The reduction; all zero when the check raised no risk.
    public func riskReduction(ifFixed checkID: String) -> RiskReduction {
        var lowered: [(entry: RiskEntry, drop: Int)] = []
        for entry in entries where entry.factors.contains(where: { $0.checkID == checkID }) {
            let after = RiskMatrix.level(
                likelihood: entry.residualLikelihood(excluding: checkID), impact: entry.impact)
            let drop = entry.residualLevel.rank - after.rank
            if drop > 0 { lowered.append((entry, drop)) }
        }

        let levels = lowered.map(\.drop).reduce(0, +)
        let top = lowered.max { $0.entry.residualLevel < $1.entry.residualLevel }?.entry
        guard let top else {
            return RiskReduction(
                checkID: checkID, risksLowered: 0, levelsRemoved: 0, highestLevelRemoved: nil,
                explanation: "Fixing \(checkID) lowers no residual risk level in the register.")
        }
        let risks = lowered.count == 1 ? "1 risk" : "\(lowered.count) risks"
        return RiskReduction(
            checkID: checkID, risksLowered: lowered.count, levelsRemoved: levels,
            highestLevelRemoved: top.residualLevel,
            explanation: "Fixing \(checkID) lowers \(risks) by \(levels) residual levels in total; the highest is "
                + "\(top.threat.title) on \(top.asset.key), now \(top.residualLevel.title).")
    }
}
