import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct BackupMediaEncryptionCheckTests {
    typealias Build = InventoryBuilder
    let check = BackupMediaEncryptionCheck()

    func status(_ encrypted: Bool?, target: String = "EHR-BACKUP") -> BackupEncryptionStatus {
        BackupEncryptionStatus(
            target: target, isEncrypted: encrypted, state: "borg encryption mode none",
            evidence: EvidenceReference(path: "evidence/borg.json", line: 2))
    }

    func inventory(_ states: [BackupEncryptionStatus], declared: Bool? = nil, evidence: String? = nil) -> Inventory {
        var system = Build.ephiSystem()
        system.backupEncrypted = declared
        system.backupEncryptionEvidence = evidence
        var inventory = Inventory(systems: [system])
        inventory.backupEncryption = states
        return inventory
    }

    @Test func reportedEncryptionPasses() {
        #expect(evaluate(check, inventory([status(true)])).status == .pass)
    }

    @Test func reportedCleartextFailsEvenWhenDeclaredEncrypted() throws {
        let result = evaluate(check, inventory([status(true), status(false)], declared: true))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("borg encryption mode none"))
    }

    @Test func veeamFixNamesVeeamSetting() throws {
        let veeam = BackupEncryptionStatus(
            target: "EHR-BACKUP", isEncrypted: false, state: "Veeam StorageEncryptionEnabled False",
            evidence: EvidenceReference(path: "evidence/veeam-jobs.csv", line: 3), tool: .veeam)

        let finding = try #require(evaluate(check, inventory([veeam])).findings.first)

        #expect(
            finding.remediation.contains(
                "Get-VBRJob -Name 'ehr-backup' | Set-VBRJobAdvancedStorageOptions -EnableEncryption $true"))
        #expect(!finding.remediation.contains("borg"))
    }

    @Test func borgFixNamesBorgInit() throws {
        var borg = status(false)
        borg.tool = .borg

        let finding = try #require(evaluate(check, inventory([borg])).findings.first)

        #expect(finding.remediation.contains("borg init --encryption=repokey-blake2"))
        #expect(!finding.remediation.contains("Veeam"))
    }

    @Test func declarationNeedsEvidence() {
        var withEvidence = inventory([], declared: true, evidence: "evidence/veeam-job.png")
        withEvidence.evidenceFiles = [Build.evidenceFile("evidence/veeam-job.png", .unknown)]

        #expect(evaluate(check, withEvidence).status == .pass)
        #expect(evaluate(check, inventory([], declared: true)).status == .insufficientEvidence)
        #expect(evaluate(check, inventory([], declared: false)).status == .fail)
    }

    @Test func nothingKnownIsMissingDocumentation() {
        let result = evaluate(check, inventory([status(false, target: "other-job"), status(nil)]))

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.documented)
    }
}
