import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct ExceptionTests {
    typealias Build = InventoryBuilder

    /// Two ePHI systems whose idle timeout is above the 900-second limit, so each has a violation.
    func inventory(_ exceptions: [FindingException]) -> Inventory {
        var billing = Build.ephiSystem("pm-billing", line: 1)
        billing.sessionTimeoutSeconds = 3600
        var lab = Build.ephiSystem("lab-interface", line: 9)
        lab.sessionTimeoutSeconds = 1800
        var attestations = Attestations()
        attestations.exceptions = exceptions
        return Inventory(systems: [billing, lab], attestations: attestations)
    }

    func exception(
        _ check: String = "access.automatic-logoff", subjects: [String] = ["pm-billing"],
        approved: String = "2026-09-15",
        expires: String = "2026-12-01", line: Int = 40
    ) -> FindingException {
        FindingException(
            checkID: check, subjects: subjects, reason: "Vendor release pending.",
            compensatingControl: "Screens lock after 10 minutes.", approver: "Carol Jensen",
            approved: Build.day(approved), expires: Build.day(expires), evidence: Build.attestation(line: line))
    }

    func assess(_ exceptions: [FindingException], asOf: String = "2026-11-30") -> Assessment {
        Assessor(checks: [AutomaticLogoffCheck(), ExceptionExpiryCheck()])
            .assess(inventory(exceptions), settings: Build.settings(asOf: asOf))
    }

    func logoff(_ assessment: Assessment) -> CheckResult {
        assessment.results[0]
    }

    func expiry(_ assessment: Assessment) -> CheckResult {
        assessment.results[1]
    }

    @Test func activeExceptionMarksOnlyItsSubject() throws {
        let assessment = assess([exception()])

        let billing = try #require(logoff(assessment).findings.first { $0.subject.id == "pm-billing" })
        let lab = try #require(logoff(assessment).findings.first { $0.subject.id == "lab-interface" })
        #expect(billing.exception == exception())
        #expect(billing.isExcepted)
        #expect(!lab.isExcepted)
    }

    @Test func exceptedCheckStillFails() {
        let assessment = assess([exception(subjects: [])])

        #expect(logoff(assessment).findings.allSatisfy { $0.isExcepted })
        #expect(logoff(assessment).status == .fail)
        #expect(!logoff(assessment).lifecycle.implemented)
    }

    @Test func omittedSubjectsCoverEverySubjectOfTheCheck() {
        let assessment = assess([exception(subjects: [])])

        #expect(logoff(assessment).findings.count == 2)
        #expect(logoff(assessment).findings.filter(\.isExcepted).count == 2)
    }

    @Test func subjectsCompareWithoutCase() {
        let assessment = assess([exception(subjects: ["PM-Billing"])])

        #expect(logoff(assessment).findings.filter(\.isExcepted).map(\.subject.id) == ["pm-billing"])
    }

    @Test func exceptionOfAnotherCheckCoversNothing() {
        let assessment = assess([exception("devices.stale-checkin")])

        #expect(!logoff(assessment).findings.contains { $0.isExcepted })
    }

    @Test func exceptionAppliesOnTheDayBeforeExpiry() {
        let assessment = assess([exception(expires: "2026-12-01")], asOf: "2026-11-30")

        #expect(logoff(assessment).findings.filter(\.isExcepted).count == 1)
        #expect(expiry(assessment).status == .pass)
        #expect(expiry(assessment).findings.isEmpty)
    }

    @Test func exceptionStopsOnItsExpiryDay() throws {
        let assessment = assess([exception(expires: "2026-11-30")], asOf: "2026-11-30")

        #expect(!logoff(assessment).findings.contains { $0.isExcepted })
        #expect(expiry(assessment).status == .fail)
        let finding = try #require(expiry(assessment).findings.first)
        #expect(
            finding.subject
                == Subject(kind: .exception, id: "access.automatic-logoff for pm-billing, approved 2026-09-15"))
        #expect(finding.message.contains("expired on 2026-11-30, the day assessed"))
        #expect(finding.evidence == [Build.attestation(line: 40)])
        #expect(finding.severity == .medium)
    }

    @Test func expiredExceptionCountsTheDaysSince() throws {
        let assessment = assess([exception(expires: "2026-11-20")], asOf: "2026-11-30")

        let finding = try #require(expiry(assessment).findings.first)
        #expect(finding.message.contains("expired on 2026-11-20, 10 days before the day assessed, 2026-11-30"))
    }

    @Test func exceptionIsNotActiveBeforeItsApproval() {
        let assessment = assess([exception(approved: "2026-12-01", expires: "2027-01-31")], asOf: "2026-11-30")

        #expect(!logoff(assessment).findings.contains { $0.isExcepted })
        #expect(expiry(assessment).status == .pass)
    }

    @Test func noExceptionsIsNotApplicable() {
        #expect(expiry(assess([])).status == .notApplicable)
    }

    @Test func exceptedFindingsLeaveTheFailOnCount() {
        let without = assess([])
        let with = assess([exception()])

        #expect(without.findingCount(atOrAbove: .medium) == 2)
        #expect(with.findingCount(atOrAbove: .medium) == 1)
    }

    @Test func exceptedRequirementStillFails() throws {
        let assessment = Assessor().assess(inventory([exception(subjects: [])]), settings: Build.settings())

        let requirement = try #require(
            assessment.requirements?.requirements.first { $0.citation == "164.312(a)(2)(iii)" })
        #expect(requirement.status == .fail)
        #expect(requirement.reason.contains("2 violations, 2 of them excepted"))
    }

    @Test func validatorWarnsAboutUnknownCheck() {
        let unknown = exception("access.automatic-logof")
        let assessment = assess([unknown])

        let warnings = ExceptionValidator.warnings(
            for: [unknown], in: assessment, checkIDs: Assessor.standardChecks.map(\.id))

        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("attestations.yaml:40: exception check \"access.automatic-logof\"") == true)
        #expect(warnings.first?.contains("access.automatic-logoff") == true)
    }

    @Test func validatorWarnsAboutActiveExceptionMatchingNothing() {
        let stray = exception(subjects: ["ehr"])
        let assessment = assess([stray])

        let warnings = ExceptionValidator.warnings(
            for: [stray], in: assessment, checkIDs: Assessor.standardChecks.map(\.id))

        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("matches no finding of this assessment") == true)
    }

    @Test func validatorWarnsAboutApprovalAfterAsOf() {
        let early = exception(approved: "2026-12-15", expires: "2027-03-01")
        let assessment = assess([early])

        let warnings = ExceptionValidator.warnings(
            for: [early], in: assessment, checkIDs: Assessor.standardChecks.map(\.id))

        #expect(!logoff(assessment).findings.contains { $0.isExcepted })
        #expect(
            warnings == [
                "attestations.yaml:40: exception for access.automatic-logoff was approved on 2026-12-15, after the "
                    + "day assessed (as_of 2026-11-30), so it does not apply to this assessment; set as_of in "
                    + "evident.yaml to 2026-12-15 or later, or correct the approved day."
            ])
    }

    @Test func expiryCheckCannotBeExcepted() {
        let expired = exception(expires: "2026-11-01")
        let cover = exception("risk.exceptions-current", subjects: [], line: 50)
        let assessment = assess([expired, cover])

        let warnings = ExceptionValidator.warnings(
            for: [expired, cover], in: assessment, checkIDs: Assessor.standardChecks.map(\.id))

        #expect(expiry(assessment).status == .fail)
        #expect(!expiry(assessment).findings.contains { $0.isExcepted })
        #expect(
            warnings == [
                "attestations.yaml:50: exception check \"risk.exceptions-current\" cannot be excepted, because it reports "
                    + "expired exceptions; remove this exception and renew or close the expired one."
            ])
    }

    @Test func validatorAcceptsExceptionInUse() {
        let assessment = assess([exception()])

        #expect(
            ExceptionValidator.warnings(
                for: [exception()], in: assessment, checkIDs: Assessor.standardChecks.map(\.id)
            ).isEmpty)
    }
}
