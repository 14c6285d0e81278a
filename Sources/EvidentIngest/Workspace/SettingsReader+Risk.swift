import EvidentCore

extension SettingsReader {
    /// The keys of `risk` in `evident.yaml`, the coding keys of `RiskSettings`.
    static let riskKeys = [
        "individuals", "large_breach_individuals", "safeguard_credit_steps", "failing_check_steps",
        "insufficient_evidence_steps",
    ]

    /// Reads the `risk` mapping; each key present replaces its default. Counts must be at least 1 and
    /// steps at least 0, because a step of 0 turns the adjustment off.
    static func readRisk(_ settings: YAMLMapping, warnings: inout [String]) throws(YAMLError) -> RiskSettings {
        var risk = RiskSettings()
        guard let mapping = try settings.mapping("risk") else { return risk }
        warnings += mapping.unknownKeyWarnings(known: riskKeys)

        risk.individuals = try mapping.int("individuals", minimum: 0)
        if let value = try mapping.int("large_breach_individuals", minimum: 1) {
            risk.largeBreachIndividuals = value
        }
        let steps: [(String, WritableKeyPath<RiskSettings, Int>)] = [
            ("safeguard_credit_steps", \.safeguardCreditSteps), ("failing_check_steps", \.failingCheckSteps),
            ("insufficient_evidence_steps", \.insufficientEvidenceSteps),
        ]
        for (key, property) in steps {
            if let value = try mapping.int(key, minimum: 0) {
                risk[keyPath: property] = value
            }
        }
        return risk
    }
}
