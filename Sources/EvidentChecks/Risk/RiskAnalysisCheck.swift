import EvidentCore

/// Risk analysis (164.308(a)(1)(ii)(A)): an accurate and thorough assessment of risks to ePHI,
/// kept current.
///
/// Fails when `attestations.yaml` records no risk analysis (critical), or when it is older than
/// `risk_analysis_max_age_days` (high) or twice that (critical). A missing report document is
/// missing evidence. A complete analysis `evident risk` stored counts too, dated by its `as_of`, and
/// when it is the newest its register in the store is its document. Stored analyses dated after
/// `asOf`, or missing any of the nine elements, are ignored.
struct RiskAnalysisCheck: Check {
    let id = "risk.analysis-current"
    let title = "Current risk analysis"
    let citations = ["164.308(a)(1)(ii)(A)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let subject = Subject(kind: .policy, id: "risk-analysis")
        let limit = context.thresholds.riskAnalysisMaxAgeDays
        let attestations = context.inventory.attestations
        let stored = context.inventory.riskAnalyses
            .filter { $0.isComplete && $0.performed <= context.settings.asOf }
            .max { $0.performed < $1.performed }

        if let stored, attestations.riskAnalysis.map({ stored.performed >= $0.performed }) ?? true {
            checkAge(stored.performed, limit: limit, subject: subject, evidence: stored.evidence, &collector, context)
            return collector.result(evaluated: 1, "risk analyses", singular: "risk analysis", notApplicable: "")
        }
        guard let analysis = attestations.riskAnalysis else {
            collector.violation(
                .critical, subject, "No risk analysis is recorded in attestations.yaml.",
                fix: "Perform a risk analysis of every system that holds ePHI (for example with the HHS SRA Tool or "
                    + "NIST SP 800-30), store the report, and record it under risk_analysis in attestations.yaml.",
                evidence: attestations.evidence.map { [$0] } ?? [], gaps: .documented)
            return collector.result(evaluated: 1, "risk analyses", singular: "risk analysis", notApplicable: "")
        }

        checkAge(analysis.performed, limit: limit, subject: subject, evidence: analysis.evidence, &collector, context)

        if !analysis.documentExists || (analysis.document?.trimmedWhitespace.isEmpty ?? true) {
            let found =
                analysis.document.map { "its document \($0) was not found in the workspace" }
                ?? "no document is recorded"
            collector.missingEvidence(
                .medium, subject, "The risk analysis of \(analysis.performed) is recorded, but \(found).",
                fix: "Store the risk analysis report in the workspace and set risk_analysis.document to its path in "
                    + "attestations.yaml.",
                evidence: [analysis.evidence])
        }

        return collector.result(evaluated: 1, "risk analyses", singular: "risk analysis", notApplicable: "")
    }

    // MARK: - Private

    private func checkAge(
        _ performed: CalendarDay, limit: Int, subject: Subject, evidence: EvidenceReference,
        _ collector: inout FindingCollector, _ context: CheckContext
    ) {
        let age = context.days(since: performed)
        guard age > limit else { return }
        collector.violation(
            age > 2 * limit ? .critical : .high, subject,
            "The risk analysis was performed on \(performed), \(Phrase.count(age, "day")) ago, beyond "
                + "the limit of \(limit) days.",
            fix: "Update the risk analysis for the current systems, vendors and threats with 'evident risk', or "
                + "record the new date under risk_analysis in attestations.yaml.",
            evidence: [evidence], gaps: .maintained)
    }
}
