import EvidentCore

/// The totals every report states: checks by status and findings by severity and kind.
struct AssessmentCounts {
    /// Checks per status.
    let checks: [CheckStatus: Int]
    /// Findings per severity, warnings included.
    let findingsBySeverity: [Severity: Int]
    /// Findings per kind.
    let findingsByKind: [Finding.Kind: Int]
    /// All checks.
    let checkTotal: Int
    /// All findings.
    let findingTotal: Int
    /// Findings that an active exception accepts, also counted in the totals above.
    let exceptedTotal: Int

    /// Counts an assessment's results and findings.
    init(_ assessment: Assessment) {
        let findings = assessment.results.flatMap(\.findings)
        checks = Dictionary(grouping: assessment.results, by: \.status).mapValues(\.count)
        findingsBySeverity = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        findingsByKind = Dictionary(grouping: findings, by: \.kind).mapValues(\.count)
        checkTotal = assessment.results.count
        findingTotal = findings.count
        exceptedTotal = findings.filter(\.isExcepted).count
    }

    /// The number of checks with a status.
    func checks(_ status: CheckStatus) -> Int {
        checks[status, default: 0]
    }

    /// The number of findings of a severity.
    func findings(_ severity: Severity) -> Int {
        findingsBySeverity[severity, default: 0]
    }

    /// The number of findings of a kind.
    func findings(_ kind: Finding.Kind) -> Int {
        findingsByKind[kind, default: 0]
    }
}
