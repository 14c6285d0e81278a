import EvidentCore

/// The findings of one check, as the text and HTML reports list them: one block per check, with
/// the fix stated once.
struct FindingGroup {
    /// The check result the findings belong to.
    let result: CheckResult
    /// The findings, in priority order.
    let findings: [Finding]

    /// The maximum severity of the findings.
    var severity: Severity {
        findings.map(\.severity).max() ?? .low
    }

    /// The number of distinct subjects named.
    var subjectCount: Int {
        Set(findings.map(\.subject)).count
    }

    /// The number of findings about subjects that touch ePHI.
    var ephiCount: Int {
        findings.filter(\.touchesEPHI).count
    }

    /// The number of findings an active exception accepts.
    var exceptedCount: Int {
        findings.filter(\.isExcepted).count
    }

    /// The distinct fixes, in the order the findings give them; usually one.
    var remediations: [String] {
        var seen: Set<String> = []
        return findings.map(\.remediation).filter { seen.insert($0).inserted }
    }

    /// The findings' kind when they share one, which the reports name for anything but violations.
    var sharedKind: Finding.Kind? {
        let kinds = Set(findings.map(\.kind))
        return kinds.count == 1 ? kinds.first : nil
    }

    /// Groups an assessment's findings by check, highest priority first.
    ///
    /// Groups are ordered by highest severity, then by number of subjects (more first), then by
    /// whether any subject touches ePHI, then by check id so the order is stable.
    static func groups(in assessment: Assessment) -> [FindingGroup] {
        let groups = assessment.results
            .filter { !$0.findings.isEmpty }
            .map { FindingGroup(result: $0, findings: $0.findings.sorted(by: Finding.isHigherPriority)) }

        return groups.sorted { lhs, rhs in
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            if lhs.subjectCount != rhs.subjectCount { return lhs.subjectCount > rhs.subjectCount }
            if (lhs.ephiCount > 0) != (rhs.ephiCount > 0) { return lhs.ephiCount > 0 }
            return lhs.result.checkID < rhs.result.checkID
        }
    }
}
