import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct BackupJobSuccessCheckTests {
    typealias Build = InventoryBuilder
    let check = BackupJobSuccessCheck()

    func inventory(_ sessions: [BackupSession]) -> Inventory {
        Inventory(systems: [Build.ephiSystem()], backupSessions: sessions)
    }

    /// The end of 2026-11-30 minus 48 hours is 2026-11-29T00:00:00Z.
    @Test func successExactlyAtLimitPasses() {
        #expect(
            evaluate(check, inventory([Build.backupSession("EHR-Backup", .success, endedAt: "2026-11-29T00:00:00Z")]))
                .status == .pass)
    }

    @Test func warningResultCountsAsSuccess() {
        #expect(
            evaluate(check, inventory([Build.backupSession("ehr-backup", .warning, endedAt: "2026-11-30T02:00:00Z")]))
                .status == .pass)
    }

    @Test func successOneSecondBeyondLimitFails() throws {
        let sessions = [
            Build.backupSession("ehr-backup", .success, endedAt: "2026-11-28T23:59:59Z", line: 3),
            Build.backupSession("ehr-backup", .failed, endedAt: "2026-11-30T01:00:00Z", line: 4),
        ]

        let result = evaluate(check, inventory(sessions))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("last succeeded at 2026-11-28T23:59:59Z"))
        #expect(finding.message.contains("last failed at 2026-11-30T01:00:00Z"))
        #expect(finding.evidence.contains(EvidenceReference(path: "evidence/veeam-sessions.csv", line: 4)))
        #expect(!result.lifecycle.maintained)
    }

    @Test func sessionsAfterAsOfAreIgnored() {
        let sessions = [
            Build.backupSession("ehr-backup", .success, endedAt: "2026-11-20T01:00:00Z"),
            Build.backupSession("ehr-backup", .success, endedAt: "2026-12-01T00:00:01Z"),
        ]

        #expect(evaluate(check, inventory(sessions)).status == .fail)
    }

    @Test func onlyFailuresFail() {
        let result = evaluate(
            check, inventory([Build.backupSession("ehr-backup", .failed, endedAt: "2026-11-30T01:00:00Z")]))

        #expect(result.findings.first?.message.contains("has not succeeded within 48 hours") == true)
    }

    @Test func systemWithoutJobFails() {
        var system = Build.ephiSystem()
        system.backupJob = nil

        let other = Build.backupSession("file-server", .success, endedAt: "2026-11-30T01:00:00Z")
        let result = evaluate(check, Inventory(systems: [system], backupSessions: [other]))

        #expect(result.findings.map(\.kind) == [.violation])
        #expect(!result.lifecycle.documented)
    }

    @Test func jobWithoutSessionsIsMissingEvidence() throws {
        let result = evaluate(
            check, inventory([Build.backupSession("pacs-backup", .success, endedAt: "2026-11-30T01:00:00Z")]))

        let finding = try #require(result.findings.first)
        #expect(finding.kind == .missingEvidence)
        #expect(finding.severity == .high)
        #expect(result.status == .insufficientEvidence)
    }

    @Test func noReportGivesOneFinding() {
        let result = evaluate(check, inventory([]))

        #expect(result.subjectIDs == ["backup-report"])
        #expect(result.status == .insufficientEvidence)
    }

    @Test func unreadableReportIsMissingEvidence() {
        var inventory = inventory([])
        inventory.evidenceFiles = [Build.evidenceFile("evidence/veeam.csv", .veeamBackupSessions, error: "bad date")]

        let result = evaluate(check, inventory)

        #expect(result.subjectIDs.sorted() == ["backup-report", "evidence/veeam.csv"])
    }
}
