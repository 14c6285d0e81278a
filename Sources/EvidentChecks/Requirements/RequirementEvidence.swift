import EvidentCatalog
import EvidentCore

/// The findings of each source of one requirement, gathered step by step before they become a
/// `RequirementPosture`.
///
/// Each step may record a violation (the requirement fails), a missing item (it cannot pass), and
/// whether it shows the requirement in place. The requirement passes only when some source shows it
/// in place, no source records a violation, and all four lifecycle properties hold.
struct RequirementEvidence {
    let requirement: Requirement
    let context: CheckContext

    private(set) var lifecycle = Lifecycle()
    private(set) var violations: [String] = []
    private(set) var missing: [String] = []
    private(set) var shownBy: [String] = []
    private(set) var evidence: [EvidenceReference] = []
    private(set) var checkIDs: [String] = []
    private(set) var decision: AddressableDecision?
    private(set) var isDocumentedAnywhere = false

    init(_ requirement: Requirement, context: CheckContext) {
        self.requirement = requirement
        self.context = context
    }

    /// Adds the policy the catalog names for the requirement: it must exist, have its document and
    /// be reviewed within `policy_review_max_age_days`.
    mutating func addPolicy() {
        guard let id = requirement.policy else { return }
        guard let policy = context.inventory.attestations.policies.first(where: { $0.id == id }) else {
            lifecycle.documented = false
            missing.append("the \(id) policy under policies in attestations.yaml")
            return
        }
        isDocumentedAnywhere = true
        evidence.append(policy.evidence)
        if !policy.documentExists {
            lifecycle.evidenced = false
            missing.append("the document of the \(id) policy (\(policy.document ?? "no document named"))")
        }
        let limit = context.thresholds.policyReviewMaxAgeDays
        if let reviewed = policy.lastReviewed, context.days(since: reviewed) <= limit {
            return
        }
        lifecycle.maintained = false
        let last = policy.lastReviewed.map { "last reviewed \($0)" } ?? "never reviewed"
        missing.append("a review of the \(id) policy (\(last), limit \(limit) days)")
    }

    /// Adds the risk analysis record for the requirements whose catalog entry names `risk_analysis`:
    /// it must exist and its document must too. Its age is judged by `risk.analysis-current`.
    mutating func addRiskAnalysis() {
        guard requirement.evidencedBy.attestations.contains("risk_analysis") else { return }
        guard let analysis = context.inventory.attestations.riskAnalysis else {
            lifecycle.documented = false
            missing.append("the risk_analysis record in attestations.yaml")
            return
        }
        isDocumentedAnywhere = true
        evidence.append(analysis.evidence)
        if !analysis.documentExists {
            lifecycle.evidenced = false
            missing.append("the risk analysis document (\(analysis.document ?? "no document named"))")
        }
    }

    /// Adds the decision an addressable specification needs (164.306(d)(3)): one must exist, and an
    /// `alternative` or `not-reasonable` one needs a rationale, an owner and a date.
    mutating func addDecision() {
        guard requirement.designation == .addressable else { return }
        let decisions = context.inventory.attestations.decisions.filter {
            context.catalog.canonicalCitation($0.citation) == requirement.citation
        }
        guard let decision = decisions.last else {
            lifecycle.documented = false
            violations.append("no decision is recorded for this addressable specification")
            missing.append("a decision under decisions in attestations.yaml")
            return
        }
        self.decision = decision
        isDocumentedAnywhere = true
        evidence.append(decision.evidence)
        guard decision.decision != .implemented else { return }

        let absent = [
            ("rationale", decision.rationale?.trimmedWhitespace.isEmpty ?? true),
            ("owner", decision.owner?.trimmedWhitespace.isEmpty ?? true), ("decided date", decision.decided == nil),
        ]
        .filter(\.1).map(\.0)
        if !absent.isEmpty {
            lifecycle.documented = false
            violations.append("the \(decision.decision.rawValue) decision has no \(Self.list(absent, "or"))")
            missing += absent.map { "the \($0) of the \(decision.decision.rawValue) decision" }
        } else if decision.decision == .notReasonable {
            shownBy.append("the documented not-reasonable decision")
        }
    }

    /// Adds the results of the checks that cite the requirement.
    mutating func addChecks(_ results: [CheckResult]) {
        for result in results where result.citations.contains(requirement.citation) {
            checkIDs.append(result.checkID)
            switch result.status {
            case .pass:
                shownBy.append("check \(result.checkID)")
            case .fail:
                let failing = result.findings.filter { $0.kind == .violation }
                let count = failing.count
                let excepted = failing.filter(\.isExcepted).count
                let note = excepted == 0 ? "" : ", \(excepted) of them excepted"
                violations.append(
                    "check \(result.checkID) fails with \(count) violation\(count == 1 ? "" : "s")\(note)")
            case .insufficientEvidence:
                missing.append("evidence for check \(result.checkID)")
            case .notApplicable:
                continue
            }
            lifecycle.documented = lifecycle.documented && result.lifecycle.documented
            lifecycle.implemented = lifecycle.implemented && result.lifecycle.implemented
            lifecycle.maintained = lifecycle.maintained && result.lifecycle.maintained
            lifecycle.evidenced = lifecycle.evidenced && result.lifecycle.evidenced
        }
    }

    /// Adds a requirement attestation: it counts only with a statement, an existing document, a
    /// reviewer, and an `attested` day within its review cadence.
    mutating func addAttestation(_ attestation: RequirementAttestation?) {
        guard let attestation else { return }
        let location = attestation.evidence.description
        evidence.append(attestation.evidence)
        var counts = true
        if attestation.document == nil || !attestation.documentExists {
            counts = false
            lifecycle.evidenced = false
            let document = attestation.document.map { "\($0), which does not exist" } ?? "none is named"
            missing.append("the document of the attestation at \(location) (\(document))")
        } else {
            isDocumentedAnywhere = true
        }
        if attestation.reviewer?.trimmedWhitespace.isEmpty ?? true {
            counts = false
            lifecycle.maintained = false
            missing.append("a reviewer for the attestation at \(location)")
        }
        if let through = attestation.currentThrough, through >= context.settings.asOf {
            if counts { shownBy.append("the attestation at \(location)") }
            return
        }
        lifecycle.maintained = false
        let detail =
            attestation.attested.map {
                "attested \($0), due every \(attestation.reviewEveryMonths) months"
            } ?? "no attested date"
        missing.append("a current review of the attestation at \(location) (\(detail))")
    }

    /// Adds the postures of a standard's implementation specifications, which the standard needs.
    mutating func addSpecifications(_ specifications: [RequirementPosture]) {
        let applicable = specifications.filter { $0.status != .notApplicable }
        guard !applicable.isEmpty else { return }
        isDocumentedAnywhere = true
        for specification in applicable {
            switch specification.status {
            case .fail: violations.append("specification \(specification.citation) fails")
            case .insufficientEvidence: missing.append("evidence for specification \(specification.citation)")
            case .pass, .notApplicable: break
            }
        }
        if applicable.allSatisfy({ $0.status == .pass }) {
            shownBy.append(applicable.count == 1 ? "its specification" : "its \(applicable.count) specifications")
        }
    }

    /// Returns the posture, with the status rules of the type's description.
    func posture() -> RequirementPosture {
        var lifecycle = self.lifecycle
        var missing = self.missing
        if !isDocumentedAnywhere && lifecycle.documented && !checkIDs.contains(where: isDocumentingCheck) {
            lifecycle.documented = false
            missing.append("a policy, decision or attestation that documents it")
        }
        if !violations.isEmpty {
            lifecycle.implemented = false
        } else if shownBy.isEmpty {
            lifecycle.implemented = false
            missing.append("a passing check or a current attestation under requirements in attestations.yaml")
        }

        let status: CheckStatus
        let reason: String
        if !violations.isEmpty {
            status = .fail
            reason = "Fails: " + violations.joined(separator: "; ") + "."
        } else if lifecycle.isComplete && missing.isEmpty {
            status = .pass
            reason = "Shown by " + Self.list(shownBy, "and") + "."
        } else {
            status = .insufficientEvidence
            reason = "Not shown: missing " + missing.joined(separator: "; ") + "."
        }
        return RequirementPosture(
            citation: requirement.citation, title: requirement.title, designation: requirement.designation.rawValue,
            category: requirement.category, status: status, reason: reason, lifecycle: lifecycle, missing: missing,
            checks: checkIDs, decision: decision?.decision.rawValue, rationale: decision?.rationale,
            evidence: evidence)
    }

    /// Whether a check documents what it cites, as `policy.documented` documents 164.316.
    private func isDocumentingCheck(_ id: String) -> Bool {
        id == "policy.documented"
    }

    /// Joins items as prose: `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}
