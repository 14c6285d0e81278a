import EvidentCore
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentChecks

@Suite struct PlanReconcilerTests {
    typealias Build = InventoryBuilder
    let reconciler = PlanReconciler(dueDays: PlanDueDays())
    let organization = Organization(name: "Maple Street Clinic", kind: .coveredEntity)

    func instant(_ seconds: Int) -> Date {
        Date(timeIntervalSince1970: 1_796_000_000 + Double(seconds))
    }

    func finding(
        _ subject: String, _ severity: Severity = .high, kind: Finding.Kind = .violation, message: String? = nil,
        check: String = "auth.mfa-coverage"
    ) -> Finding {
        Finding(
            checkID: check, kind: kind, severity: severity, subject: Subject(kind: .user, id: subject),
            message: message ?? "\(subject) has no MFA method registered.", remediation: "Require MFA.",
            evidence: [EvidenceReference(path: "evidence/mfa.csv", line: 3)])
    }

    func assessment(_ findings: [Finding], status: CheckStatus = .fail) -> Assessment {
        let result = CheckResult(
            checkID: "auth.mfa-coverage", title: "MFA", status: status, citations: ["164.312(d)"],
            lifecycle: Lifecycle(), summary: "s.", findings: findings)
        return Assessment(
            organization: organization, asOf: Build.day("2026-11-30"), profile: "hipaa-security-rule", evidence: [],
            results: [result], posture: [])
    }

    func item(_ subject: String, status: PlanItemStatus, updatedAt: Int = 0) -> PlanItem {
        PlanItem(
            id: 7, organizationID: organization.id, checkID: "auth.mfa-coverage",
            subject: Subject(kind: .user, id: subject), status: status, severity: .high,
            finding: "\(subject) has no MFA method registered.", fixSteps: "Require MFA.",
            proof: "An assessment recorded after the fix in which auth.mfa-coverage reports nothing about user "
                + "\(subject), read from a fresh copy of evidence/mfa.csv.",
            owner: "Tom Becker", due: Build.day("2026-12-30"), openedRunID: 1, updatedAt: instant(updatedAt))
    }

    @Test func newFindingOpensItemDueBySeverity() throws {
        let changes = reconciler.changes(
            to: [], for: assessment([finding("ava", .critical)]), runID: 3, recordedAt: instant(100))

        let created = try #require(changes.first?.item)
        #expect(changes.count == 1)
        #expect(created.id == 0)
        #expect(created.status == .open)
        #expect(created.due == Build.day("2026-12-15"))
        #expect(created.openedRunID == 3)
        #expect(created.proof.contains("read from a fresh copy of evidence/mfa.csv"))
        #expect(changes.first?.reason == "run 3 found it")
        #expect(changes.first?.runID == 3)
    }

    @Test func dueDaysFollowEverySeverity() {
        let findings = [finding("a", .critical), finding("b", .high), finding("c", .medium), finding("d", .low)]

        let dues = reconciler.changes(to: [], for: assessment(findings), runID: 1, recordedAt: instant(1))
            .map(\.item.due.description)

        #expect(dues == ["2026-12-15", "2026-12-30", "2027-02-28", "2027-05-29"])
    }

    @Test func configuredDueDaysApply() {
        var days = PlanDueDays()
        days.high = 7

        let changes = PlanReconciler(dueDays: days).changes(
            to: [], for: assessment([finding("ava")]), runID: 1, recordedAt: instant(1))

        #expect(changes.first?.item.due == Build.day("2026-12-07"))
    }

    @Test func warningsAndExceptedFindingsOpenNothing() {
        var excepted = finding("ben")
        excepted.exception = FindingException(
            checkID: "auth.mfa-coverage", reason: "r", compensatingControl: "c", approver: "a",
            approved: Build.day("2026-11-01"), expires: Build.day("2027-01-01"), evidence: Build.attestation(line: 9))

        let changes = reconciler.changes(
            to: [], for: assessment([finding("ava", kind: .warning), excepted]), runID: 1, recordedAt: instant(1))

        #expect(changes.isEmpty)
    }

    @Test func findingsOfOneSubjectShareAnItem() throws {
        let findings = [
            finding("ava", .medium, message: "First problem."), finding("ava", .high, message: "Second problem."),
        ]

        let changes = reconciler.changes(to: [], for: assessment(findings), runID: 1, recordedAt: instant(1))

        let created = try #require(changes.first?.item)
        #expect(changes.count == 1)
        #expect(created.severity == .high)
        #expect(created.finding == "Second problem. First problem.")
    }

    @Test func unchangedOpenFindingChangesNothing() {
        let changes = reconciler.changes(
            to: [item("ava", status: .inProgress)], for: assessment([finding("ava")]), runID: 2, recordedAt: instant(9))

        #expect(changes.isEmpty)
    }

    @Test func changedFindingKeepsOwnerStatusAndDue() throws {
        let changes = reconciler.changes(
            to: [item("ava", status: .done)], for: assessment([finding("ava", .critical)]), runID: 2,
            recordedAt: instant(9))

        let updated = try #require(changes.first?.item)
        #expect(updated.severity == .critical)
        #expect(updated.status == .done)
        #expect(updated.owner == "Tom Becker")
        #expect(updated.due == Build.day("2026-12-30"))
        #expect(changes.first?.reason == "run 2 found it changed")
    }

    @Test func doneItemIsVerifiedWhenFindingIsGone() throws {
        let changes = reconciler.changes(
            to: [item("ava", status: .done, updatedAt: 5)], for: assessment([finding("ben")]), runID: 4,
            recordedAt: instant(9))

        let verified = try #require(changes.first { $0.item.subject.id == "ava" })
        #expect(verified.item.status == .verified)
        #expect(verified.item.verifiedRunID == 4)
        #expect(verified.item.updatedAt == instant(9))
        #expect(verified.reason == "run 4 no longer has the finding")
    }

    @Test func openItemIsVerifiedWhenFindingIsGone() {
        let changes = reconciler.changes(
            to: [item("ava", status: .open)], for: assessment([], status: .pass), runID: 4, recordedAt: instant(9))

        #expect(changes.map(\.item.status) == [.verified])
    }

    @Test func runRecordedBeforeLastChangeVerifiesNothing() {
        let changes = reconciler.changes(
            to: [item("ava", status: .done, updatedAt: 20)], for: assessment([], status: .pass), runID: 4,
            recordedAt: instant(9))

        #expect(changes.isEmpty)
    }

    @Test func checkWithoutEvidenceVerifiesNothing() {
        let missing = finding("entra-users", kind: .missingEvidence)

        let changes = reconciler.changes(
            to: [item("ava", status: .done)], for: assessment([missing], status: .insufficientEvidence), runID: 4,
            recordedAt: instant(9))

        #expect(!changes.contains { $0.item.status == .verified })
    }

    @Test func checkNotRunVerifiesNothing() {
        var other = assessment([])
        other.results[0].checkID = "access.unique-user-id"

        let changes = reconciler.changes(
            to: [item("ava", status: .done)], for: other, runID: 4, recordedAt: instant(9))

        #expect(changes.isEmpty)
    }

    @Test func exceptedFindingVerifiesNothing() {
        var excepted = finding("ava")
        excepted.exception = FindingException(
            checkID: "auth.mfa-coverage", reason: "r", compensatingControl: "c", approver: "a",
            approved: Build.day("2026-11-01"), expires: Build.day("2027-01-01"), evidence: Build.attestation(line: 9))

        let changes = reconciler.changes(
            to: [item("ava", status: .done)], for: assessment([excepted]), runID: 4, recordedAt: instant(9))

        #expect(changes.isEmpty)
    }

    @Test func returningFindingReopensVerifiedItem() throws {
        var verified = item("ava", status: .verified)
        verified.verifiedRunID = 3

        let changes = reconciler.changes(
            to: [verified], for: assessment([finding("ava", .medium)]), runID: 5, recordedAt: instant(9))

        let reopened = try #require(changes.first?.item)
        #expect(reopened.status == .open)
        #expect(reopened.verifiedRunID == nil)
        #expect(reopened.openedRunID == 5)
        #expect(reopened.due == Build.day("2027-02-28"))
        #expect(reopened.owner == "Tom Becker")
        #expect(changes.first?.reason == "run 5 found it again after it was verified")
    }

    @Test func verifiedItemStaysVerifiedWhileFindingIsGone() {
        let changes = reconciler.changes(
            to: [item("ava", status: .verified)], for: assessment([], status: .pass), runID: 5, recordedAt: instant(9))

        #expect(changes.isEmpty)
    }
}
