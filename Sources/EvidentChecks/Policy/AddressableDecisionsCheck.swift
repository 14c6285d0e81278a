import EvidentCatalog
import EvidentCore

/// Addressable specifications (164.306(d)(3)): each one is implemented, replaced by an equivalent
/// measure, or documented as not reasonable and appropriate.
///
/// Fails for each addressable specification of the catalog without a recorded decision (medium), and
/// for an `alternative` or `not-reasonable` decision without a rationale (high) or, with one, without
/// an owner or a decided date (medium). A decision on a citation that is not an addressable
/// specification gives a warning.
struct AddressableDecisionsCheck: Check {
    let id = "decisions.addressable"
    let title = "Addressable specification decisions"
    let citations = ["164.306(d)(3)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let specifications = context.catalog.addressableSpecifications
        let addressable = Set(specifications.map(\.citation))
        let decisions = context.inventory.attestations.decisions
        let fileEvidence = context.inventory.attestations.evidence.map { [$0] } ?? []

        for specification in specifications {
            let matching = decisions.filter { SecurityRuleCatalog.normalize($0.citation) == specification.citation }
            if matching.isEmpty {
                collector.violation(
                    .medium, Subject(kind: .citation, id: specification.citation),
                    "Addressable specification \(specification.citation) (\(specification.title)) has no recorded "
                        + "decision.",
                    fix: "Decide whether \(specification.title) is implemented, met by an alternative measure, or not "
                        + "reasonable and appropriate, and record it under decisions in attestations.yaml with "
                        + "citation: \(specification.citation), a rationale, an owner and the date.",
                    evidence: fileEvidence, gaps: .documented)
            }
            for decision in matching where decision.decision != .implemented {
                guard decision.rationale?.trimmedWhitespace.isEmpty ?? true else {
                    reportMissingOwnerOrDate(decision, specification, into: &collector)
                    continue
                }
                collector.violation(
                    .high, Subject(kind: .citation, id: specification.citation),
                    "The \(decision.decision.rawValue) decision on \(specification.citation) "
                        + "(\(specification.title)) has no rationale.",
                    fix: "Write why the decision on \(specification.citation) is reasonable and appropriate, and what "
                        + "measure replaces it, as rationale in attestations.yaml.",
                    evidence: [decision.evidence], gaps: .documented)
            }
        }

        for decision in decisions where !addressable.contains(SecurityRuleCatalog.normalize(decision.citation)) {
            collector.warning(
                .low, Subject(kind: .citation, id: decision.citation),
                "A decision is recorded for \(decision.citation), which is \(describe(decision.citation, context)).",
                fix: "Correct the citation of this decision in attestations.yaml to an addressable specification, or "
                    + "remove it.",
                evidence: [decision.evidence])
        }

        return collector.result(
            evaluated: specifications.count, "addressable specifications", singular: "addressable specification",
            notApplicable: "The catalog has no addressable specification.")
    }

    /// Records a violation when an `alternative` or `not-reasonable` decision has a rationale but no
    /// owner or no `decided` date, because 164.306(d)(3) documentation must say who decided and when.
    private func reportMissingOwnerOrDate(
        _ decision: AddressableDecision, _ specification: Requirement, into collector: inout FindingCollector
    ) {
        var absent: [String] = []
        if decision.owner?.trimmedWhitespace.isEmpty ?? true { absent.append("owner") }
        if decision.decided == nil { absent.append("decided date") }
        guard !absent.isEmpty else { return }
        collector.violation(
            .medium, Subject(kind: .citation, id: specification.citation),
            "The \(decision.decision.rawValue) decision on \(specification.citation) (\(specification.title)) has no "
                + absent.joined(separator: " and ") + ".",
            fix: "Add the " + absent.joined(separator: " and ") + " to the decision on \(specification.citation) in "
                + "attestations.yaml.",
            evidence: [decision.evidence], gaps: .documented)
    }

    /// Returns what a citation that is not an addressable specification is instead.
    private func describe(_ citation: String, _ context: CheckContext) -> String {
        guard let requirement = context.catalog.requirement(citation: citation) else {
            return "not a citation of the catalog"
        }
        switch requirement.designation {
        case .standard: return "a standard (\(requirement.title)), not an addressable specification"
        case .required: return "a required specification (\(requirement.title)), not an addressable one"
        case .addressable: return "an addressable specification (\(requirement.title))"
        }
    }
}
