import EvidentCatalog
import EvidentCore

/// Rates readiness for a proposed rule: each proposed requirement gets a status from the checks that
/// show it, the requirement attestation citing its id, or, for the end of the addressable
/// designation, the recorded decisions.
///
/// A proposed requirement fails when a check it relies on fails or a decision it forbids is recorded.
/// It passes when every source it needs shows it, and anything else is insufficient evidence.
/// An attestation counts only with an existing document, a reviewer, and an `attested` day within
/// the shorter of its own review cadence and the cadence the proposal sets.
struct ReadinessEvaluator {
    let context: CheckContext
    let results: [CheckResult]
    let profile: ProposedRuleProfile

    /// Returns the readiness of every proposed requirement, each marked proposed.
    func posture() -> RequirementsPosture {
        RequirementsPosture(profile: profile.profile, proposed: true, requirements: profile.requirements.map(evaluate))
    }

    // MARK: - Private

    private func evaluate(_ requirement: ProposedRequirement) -> RequirementPosture {
        var violations: [String] = []
        var missing: [String] = []
        var shownBy: [String] = []
        var lifecycle = Lifecycle()
        var evidence: [EvidenceReference] = []

        if requirement.evaluation == "addressable-decisions" {
            judgeDecisions(&violations, &missing, &shownBy, &evidence)
        }
        for result in results where requirement.checks.contains(result.checkID) {
            switch result.status {
            case .pass: shownBy.append("check \(result.checkID)")
            case .fail: violations.append("check \(result.checkID) fails")
            case .insufficientEvidence: missing.append("evidence for check \(result.checkID)")
            case .notApplicable: continue
            }
            lifecycle.maintained = lifecycle.maintained && result.lifecycle.maintained
            lifecycle.evidenced = lifecycle.evidenced && result.lifecycle.evidenced
        }
        if requirement.needsAttestation {
            let attestation = judgeAttestation(requirement, &missing, &lifecycle)
            if let attestation {
                evidence.append(attestation.evidence)
                if missing.isEmpty { shownBy.append("the attestation at \(attestation.evidence)") }
            }
        }

        let status: CheckStatus
        let reason: String
        if !violations.isEmpty {
            status = .fail
            lifecycle.implemented = false
            reason = "Not ready: " + violations.joined(separator: "; ") + "."
        } else if missing.isEmpty && !shownBy.isEmpty {
            status = .pass
            reason = "Ready: shown by " + RequirementEvidence.list(shownBy, "and") + "."
        } else {
            status = .insufficientEvidence
            lifecycle.implemented = false
            if shownBy.isEmpty && missing.isEmpty {
                missing.append("a current attestation under requirements in attestations.yaml citing \(requirement.id)")
            }
            reason = "Not shown: missing " + missing.joined(separator: "; ") + "."
        }
        return RequirementPosture(
            citation: requirement.id, title: "\(requirement.title) (\(requirement.citationLabel))",
            designation: "proposed", category: requirement.category, status: status, reason: reason,
            lifecycle: lifecycle, missing: missing, checks: requirement.checks, proposed: true, evidence: evidence)
    }

    /// Records a violation for each addressable specification met by an alternative or judged not
    /// reasonable, which the proposal would no longer allow, and lists the decisions not yet recorded.
    private func judgeDecisions(
        _ violations: inout [String], _ missing: inout [String], _ shownBy: inout [String],
        _ evidence: inout [EvidenceReference]
    ) {
        let decisions = context.inventory.attestations.decisions
        let specifications = context.catalog.addressableSpecifications
        var undecided: [String] = []
        for specification in specifications {
            let matching = decisions.filter { context.catalog.canonicalCitation($0.citation) == specification.citation }
            guard let decision = matching.last else {
                undecided.append(specification.citation)
                continue
            }
            if decision.decision != .implemented {
                violations.append("\(specification.citation) is \(decision.decision.rawValue), not implemented")
                evidence.append(decision.evidence)
            }
        }
        if !undecided.isEmpty {
            missing.append("decisions for " + undecided.joined(separator: ", "))
        } else if violations.isEmpty {
            shownBy.append("every addressable specification recorded as implemented")
        }
    }

    /// Returns the latest attestation citing the requirement's id, recording what keeps it from counting.
    private func judgeAttestation(
        _ requirement: ProposedRequirement, _ missing: inout [String], _ lifecycle: inout Lifecycle
    ) -> RequirementAttestation? {
        let matching = context.inventory.attestations.requirements.filter {
            $0.citation.trimmedWhitespace == requirement.id
        }
        // An attestation without a day sorts first, so a dated one is preferred.
        let undated = CalendarDay(year: 1, month: 1, day: 1)!
        guard var attestation = matching.max(by: { ($0.attested ?? undated) < ($1.attested ?? undated) }) else {
            lifecycle.documented = false
            missing.append("an attestation under requirements in attestations.yaml citing \(requirement.id)")
            return nil
        }
        let location = attestation.evidence.description
        if !attestation.documentExists {
            lifecycle.evidenced = false
            missing.append("the document of the attestation at \(location)")
        }
        if attestation.reviewer?.trimmedWhitespace.isEmpty ?? true {
            lifecycle.maintained = false
            missing.append("a reviewer for the attestation at \(location)")
        }
        if let cadence = requirement.cadenceMonths {
            attestation.reviewEveryMonths = min(attestation.reviewEveryMonths, cadence)
        }
        if (attestation.currentThrough.map { $0 < context.settings.asOf }) ?? true {
            lifecycle.maintained = false
            let attested = attestation.attested.map { "attested \($0)" } ?? "no attested date"
            missing.append(
                "a review of the attestation at \(location) (\(attested), due every \(attestation.reviewEveryMonths) "
                    + "months)")
        }
        return attestation
    }
}
