import EvidentCore
import Testing

@Suite struct ResultModelTests {
    private func finding(
        _ severity: Severity, kind: Finding.Kind = .violation, ephi: Bool = false, check: String = "a.check",
        subject: String = "x"
    ) -> Finding {
        Finding(
            checkID: check, kind: kind, severity: severity, subject: Subject(kind: .user, id: subject),
            message: "m", remediation: "r", touchesEPHI: ephi)
    }

    @Test func severityOrdersCriticalHighest() {
        #expect(Severity.allCases.sorted() == [.low, .medium, .high, .critical])
    }

    @Test func priorityPutsSeverityFirst() {
        #expect(Finding.isHigherPriority(finding(.critical), finding(.high, ephi: true)))
    }

    @Test func priorityPutsViolationsBeforeMissingEvidenceBeforeWarnings() {
        let violation = finding(.medium)
        let missing = finding(.medium, kind: .missingEvidence)
        let warning = finding(.medium, kind: .warning)

        #expect(Finding.isHigherPriority(violation, missing))
        #expect(Finding.isHigherPriority(missing, warning))
    }

    @Test func priorityPutsEPHIFirstAmongEquals() {
        #expect(Finding.isHigherPriority(finding(.high, ephi: true), finding(.high)))
        #expect(!Finding.isHigherPriority(finding(.high), finding(.high, ephi: true)))
    }

    @Test func findingCountIgnoresWarnings() {
        let result = CheckResult(
            checkID: "a.check", title: "A", status: .fail, citations: ["164.312(d)"], lifecycle: Lifecycle(),
            summary: "", findings: [finding(.high), finding(.critical, kind: .warning), finding(.low)])
        let assessment = Assessment(
            organization: Organization(name: "Clinic", kind: .coveredEntity),
            asOf: CalendarDay(year: 2026, month: 1, day: 1)!, profile: "hipaa-security-rule", evidence: [],
            results: [result], posture: [])

        #expect(assessment.findingCount(atOrAbove: .high) == 1)
        #expect(assessment.findingCount(atOrAbove: .low) == 2)
        #expect(assessment.findingCount(atOrAbove: .critical) == 0)
    }

    @Test func lifecycleListsMissingInOrder() {
        let lifecycle = Lifecycle(documented: false, maintained: false)

        #expect(lifecycle.missing == ["documented", "maintained"])
        #expect(!lifecycle.isComplete)
        #expect(Lifecycle().isComplete)
    }

    @Test(arguments: [
        ("164.312(a)(2)(iv)", SafeguardCategory.technical), ("45 CFR 164.308(b)(1)", .administrative),
        ("164.306(d)(3)", .general), ("164.316(b)(2)(iii)", .documentation), ("164.310(d)(1)", .physical),
        ("164.314(a)(1)", .organizational),
    ])
    func categoryFromCitation(citation: String, category: SafeguardCategory) {
        #expect(SafeguardCategory(citation: citation) == category)
    }

    @Test func categoryOfUnrelatedSectionIsNil() {
        #expect(SafeguardCategory(citation: "164.502(a)") == nil)
    }

    @Test(arguments: [
        ("Riverside Family Practice", "riverside-family-practice"),
        ("  St. Mary's Clinic, LLC ", "st-mary-s-clinic-llc"),
        ("Zoë Health 24/7", "zo-health-24-7"),
    ])
    func organizationSlug(name: String, slug: String) {
        #expect(Organization.slug(name) == slug)
        #expect(Organization(name: name, kind: .coveredEntity).id == slug)
    }
}
