import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct BackupVerificationCheckTests {
    typealias Build = InventoryBuilder
    let check = BackupVerificationCheck()

    func verification(
        _ target: String = "ehr-backup", at instant: String? = "2026-11-28T02:00:00Z", succeeded: Bool? = true
    ) -> BackupVerification {
        BackupVerification(
            target: target, tool: .restic, verifiedAt: instant.map(Build.instant), succeeded: succeeded,
            outcome: "no errors were found", evidence: EvidenceReference(path: "evidence/\(target).restic.log", line: 3)
        )
    }

    func inventory(_ verifications: [BackupVerification]) -> Inventory {
        var inventory = Inventory(systems: [Build.ephiSystem()])
        inventory.backupVerifications = verifications
        return inventory
    }

    @Test func recentSuccessPasses() {
        #expect(evaluate(check, inventory([verification("EHR-Backup")])).status == .pass)
    }

    @Test func latestFailureFails() throws {
        let result = evaluate(
            check,
            inventory([
                verification(at: "2026-11-20T02:00:00Z"), verification(at: "2026-11-29T02:00:00Z", succeeded: false),
            ]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("at 2026-11-29T02:00:00Z, failed"))
    }

    /// The end of 2026-11-30 minus 31 days is 2026-10-31T00:00:00Z.
    @Test func ageLimitIsInclusive() {
        #expect(evaluate(check, inventory([verification(at: "2026-10-31T00:00:00Z")])).status == .pass)

        let result = evaluate(check, inventory([verification(at: "2026-10-30T23:59:59Z")]))

        #expect(result.status == .fail)
        #expect(!result.lifecycle.maintained)
    }

    @Test func unverifiedJobFailsWhenReportsExist() {
        let result = evaluate(check, inventory([verification("other-job")]))

        #expect(result.status == .fail)
        #expect(result.findings.first?.message.contains("verified by no repository check") == true)
    }

    @Test func noReportIsMissingEvidence() {
        let result = evaluate(check, inventory([]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == ["backup-verification-report"])
    }

    @Test func undatedOrUndecidedVerificationIsMissingEvidence() {
        #expect(evaluate(check, inventory([verification(at: nil)])).status == .insufficientEvidence)
        #expect(evaluate(check, inventory([verification(succeeded: nil)])).status == .insufficientEvidence)
    }

    @Test func verificationsAfterAsOfAreIgnored() {
        let result = evaluate(
            check, inventory([verification(at: "2026-12-01T00:00:01Z"), verification(at: "2026-09-01T00:00:00Z")]))

        #expect(result.status == .fail)
    }

    @Test func systemWithoutBackupJobIsNotInScope() {
        var system = Build.ephiSystem()
        system.backupJob = nil

        #expect(evaluate(check, Inventory(systems: [system])).status == .notApplicable)
    }
}

/// Verification exports read only in part cannot show that a job is unverified or verified too long ago.
@Suite struct BackupVerificationIncompleteTests {
    typealias Build = InventoryBuilder
    let check = BackupVerificationCheck()

    private func inventory(_ verifications: [BackupVerification]) -> Inventory {
        var file = Build.evidenceFile("evidence/VeeamBackupSessionReport.csv", .veeamBackupSessions)
        file.records = 5
        file.skippedRecords = 4
        var inventory = Inventory(systems: [Build.ephiSystem()], evidenceFiles: [file])
        inventory.backupVerifications = verifications
        return inventory
    }

    private func verification(
        _ target: String = "ehr-backup", at instant: String, succeeded: Bool = true
    ) -> BackupVerification {
        BackupVerification(
            target: target, tool: .restic, verifiedAt: Build.instant(instant), succeeded: succeeded,
            outcome: "no errors were found", evidence: EvidenceReference(path: "evidence/ehr.restic.log", line: 3))
    }

    @Test func noVerificationReadIsMissingEvidence() throws {
        let result = evaluate(check, inventory([verification("pm-backup", at: "2026-11-28T02:00:00Z")]))

        #expect(result.status == .insufficientEvidence)
        let finding = try #require(result.findings.first { $0.subject.id == "ehr" })
        #expect(finding.kind == .missingEvidence)
        #expect(finding.message.contains("evidence/VeeamBackupSessionReport.csv could not be read in full"))
    }

    @Test func oldVerificationIsMissingEvidence() {
        let result = evaluate(check, inventory([verification(at: "2026-04-10T03:58:12Z")]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings(.violation).isEmpty)
    }

    @Test func failedVerificationStillFails() {
        let result = evaluate(check, inventory([verification(at: "2026-11-28T02:00:00Z", succeeded: false)]))

        #expect(result.status == .fail)
    }
}
