import EvidentCore

/// The level of risk as a function of likelihood and impact: NIST SP 800-30 Rev. 1, Appendix I,
/// Table I-2.
///
/// The table is looked up, not computed. It is not a product of ranks: a Moderate likelihood with a
/// High impact is a Moderate risk, and a Very Low impact is a Very Low risk at any likelihood.
public enum RiskMatrix {
    /// Table I-2 as written, one row per likelihood from Very Low to Very High, one column per impact
    /// from Very Low to Very High.
    static let table: [[RiskLevel]] = [
        [.veryLow, .veryLow, .veryLow, .low, .low],
        [.veryLow, .low, .low, .low, .moderate],
        [.veryLow, .low, .moderate, .moderate, .high],
        [.veryLow, .low, .moderate, .high, .veryHigh],
        [.veryLow, .low, .moderate, .high, .veryHigh],
    ]

    /// Returns the level of risk of a likelihood and an impact.
    public static func level(likelihood: RiskLevel, impact: RiskLevel) -> RiskLevel {
        table[likelihood.rank][impact.rank]
    }
}
