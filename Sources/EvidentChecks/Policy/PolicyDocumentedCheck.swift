import EvidentCore

/// Policies and procedures (164.316(a)) and their periodic review (164.316(b)(2)(iii)).
///
/// For each policy id in `required_policies`: fails when no policy has that id (high) or its last
/// review or approval is older than `policy_review_max_age_days` or absent (medium). A policy whose
/// document is missing is missing evidence.
struct PolicyDocumentedCheck: Check {
    let id = "policy.documented"
    let title = "Written policies, reviewed"
    let citations = ["164.316(a)", "164.316(b)(2)(iii)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let required = context.settings.requiredPolicies
        let policies = context.inventory.attestations.policies
        let fileEvidence = context.inventory.attestations.evidence.map { [$0] } ?? []

        for policyID in required {
            let subject = Subject(kind: .policy, id: policyID)
            guard let policy = policies.first(where: { $0.id.comparisonKey == policyID.comparisonKey }) else {
                collector.violation(
                    .high, subject, "Required policy \(policyID) is not recorded in attestations.yaml.",
                    fix: "Write the \(policyID) policy, have it approved, and record it under policies in "
                        + "attestations.yaml with id: \(policyID), its document and the approval date.",
                    evidence: fileEvidence, gaps: .documented)
                continue
            }
            evaluate(policy, context, into: &collector)
        }

        return collector.result(
            evaluated: required.count, "required policies", singular: "required policy",
            notApplicable: "evident.yaml sets required_policies to an empty list, so no policy is required.")
    }

    private func evaluate(_ policy: PolicyRecord, _ context: CheckContext, into collector: inout FindingCollector) {
        let subject = Subject(kind: .policy, id: policy.id)
        let limit = context.thresholds.policyReviewMaxAgeDays
        let review =
            "Review the \(policy.id) policy, update it where practice changed, and record the date as reviewed "
            + "for \(policy.id) in attestations.yaml."

        if let lastReviewed = policy.lastReviewed {
            let age = context.days(since: lastReviewed)
            if age > limit {
                collector.violation(
                    .medium, subject,
                    "Policy \(policy.id) was last reviewed or approved on \(lastReviewed), "
                        + "\(Phrase.count(age, "day")) ago, beyond the limit of \(limit) days.",
                    fix: review, evidence: [policy.evidence], gaps: .maintained)
            }
        } else {
            collector.violation(
                .medium, subject, "Policy \(policy.id) has no approval or review date.",
                fix: review, evidence: [policy.evidence], gaps: .maintained)
        }

        if !policy.documentExists || (policy.document?.trimmedWhitespace.isEmpty ?? true) {
            let found =
                policy.document.map { "its document \($0) was not found in the workspace" } ?? "no document is recorded"
            collector.missingEvidence(
                .medium, subject, "Policy \(policy.id) is recorded, but \(found).",
                fix: "Store the \(policy.id) policy document in the workspace and set document to its path for "
                    + "\(policy.id) in attestations.yaml.",
                evidence: [policy.evidence])
        }
    }
}
