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
    /// The number of risks whose likelihood the check raises, whether or not fixing it alone lowers them.
    public var risksAffected: Int
    /// The check's share of the residual risk above what verified safeguards would leave, in levels.
    /// Each risk it raises adds the levels between its residual level and its level with full
    /// safeguard credit, split among the risk's raising checks in proportion to their steps.
    ///
    /// Where several checks each raise a risk to its inherent level, fixing any one alone lowers
    /// nothing, so `levelsRemoved` is 0 for all of them; this share still distinguishes them.
    public var levelsAttributed: Double
    /// One sentence saying what fixing the check changes.
    public var explanation: String
}

extension RiskAnalysis {
    /// Computes the risk removed if one check's findings were fixed: each risk's residual level is
    /// recomputed as if the check had passed for its asset, and the drops are added up.
    ///
    /// Remediation plans order work by `levelsRemoved`, then `highestLevelRemoved`, then
    /// `levelsAttributed`, so the fix that removes the most risk comes first.
    ///
    /// - Parameter checkID: A check id, for example `auth.mfa-coverage`.
    /// - Returns: The reduction; all zero when the check raised no risk.
    public func riskReduction(ifFixed checkID: String) -> RiskReduction {
        var lowered: [(entry: RiskEntry, drop: Int)] = []
        var affected = 0
        var attributed = 0.0
        for entry in entries {
            guard let factor = entry.factors.first(where: { $0.checkID == checkID }) else { continue }
            affected += 1
            attributed += share(of: factor, in: entry)

            let after = RiskMatrix.level(
                likelihood: entry.residualLikelihood(excluding: checkID), impact: entry.impact)
            let drop = entry.residualLevel.rank - after.rank
            if drop > 0 { lowered.append((entry, drop)) }
        }

        let levels = lowered.map(\.drop).reduce(0, +)
        let share = (attributed * 100).rounded() / 100
        let top = lowered.max { $0.entry.residualLevel < $1.entry.residualLevel }?.entry
        guard let top else {
            return RiskReduction(
                checkID: checkID, risksLowered: 0, levelsRemoved: 0, highestLevelRemoved: nil, risksAffected: affected,
                levelsAttributed: share,
                explanation:
                    "Fixing \(checkID) alone lowers no residual risk level; it raises \(affected == 1 ? "1 risk" : "\(affected) risks"), "
                    + "with a share of \(share) levels above full safeguard credit.")
        }
        let risks = lowered.count == 1 ? "1 risk" : "\(lowered.count) risks"
        return RiskReduction(
            checkID: checkID, risksLowered: lowered.count, levelsRemoved: levels,
            highestLevelRemoved: top.residualLevel, risksAffected: affected, levelsAttributed: share,
            explanation: "Fixing \(checkID) lowers \(risks) by \(levels) residual levels in total; the highest is "
                + "\(top.threat.title) on \(top.asset.key), now \(top.residualLevel.title).")
    }

    // MARK: - Private

    /// Returns the factor's share of the levels between the entry's residual level and its level with full
    /// safeguard credit, in proportion to its steps among the entry's factors.
    private func share(of factor: RiskFactor, in entry: RiskEntry) -> Double {
        let credited = RiskMatrix.level(
            likelihood: entry.inherentLikelihood.raised(by: -entry.safeguardCredit), impact: entry.impact)
        let excess = entry.residualLevel.rank - credited.rank
        let totalSteps = entry.factors.map(\.steps).reduce(0, +)
        guard excess > 0, totalSteps > 0 else { return 0 }
        return Double(excess) * Double(factor.steps) / Double(totalSteps)
    }
}
