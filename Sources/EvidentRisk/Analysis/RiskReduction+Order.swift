extension RiskReduction: Comparable {
    /// Orders reductions so that greater means more risk removed: residual levels removed first, then
    /// the highest level removed, then the check's share of the residual risk. The share settles the
    /// common case where several failing checks each hold a risk at its inherent level, so fixing any
    /// one alone lowers nothing.
    public static func < (lhs: RiskReduction, rhs: RiskReduction) -> Bool {
        let left = (lhs.levelsRemoved, lhs.highestLevelRemoved?.rank ?? -1, lhs.levelsAttributed)
        let right = (rhs.levelsRemoved, rhs.highestLevelRemoved?.rank ?? -1, rhs.levelsAttributed)
        return left < right
    }
}
