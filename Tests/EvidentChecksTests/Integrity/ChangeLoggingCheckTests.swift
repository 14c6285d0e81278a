import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct ChangeLoggingCheckTests {
    typealias Build = InventoryBuilder
    let check = ChangeLoggingCheck()

    func system(_ logging: Bool?, evidence: String? = nil) -> InformationSystem {
        var system = Build.ephiSystem("pm", hosts: ["pm-srv01", "10.20.0.12"])
        system.changeLogging = logging
        system.changeLogEvidence = evidence
        return system
    }

    func coverage(_ host: String, configuration: Bool = true, permissions: Bool = true) -> ChangeAuditCoverage {
        ChangeAuditCoverage(
            host: host, recordsConfigurationChanges: configuration, recordsPermissionChanges: permissions,
            rules: ["-w /etc/passwd -p wa"], evidence: EvidenceReference(path: "evidence/\(host).rules"))
    }

    func inventory(_ system: InformationSystem, _ coverage: [ChangeAuditCoverage] = []) -> Inventory {
        var inventory = Inventory(systems: [system])
        inventory.changeAuditCoverage = coverage
        return inventory
    }

    @Test func declaredAndCoveredPasses() {
        #expect(evaluate(check, inventory(system(true), [coverage("PM-SRV01")])).status == .pass)
    }

    @Test func partialCoverageFailsOnTheHost() throws {
        let result = evaluate(check, inventory(system(true), [coverage("pm-srv01", permissions: false)]))

        let finding = try #require(result.findings.first)
        #expect(finding.subject == Subject(kind: .host, id: "pm-srv01"))
        #expect(finding.message.hasSuffix("record no permission changes."))
    }

    @Test func coverageSplitOverFilesIsJoined() {
        let split = [
            coverage("pm-srv01", permissions: false), coverage("PM-SRV01.riverside.local", configuration: false),
        ]
        let bothPartial = [coverage("pm-srv01", permissions: false), coverage("pm-srv01", permissions: false)]

        #expect(evaluate(check, inventory(system(true), split)).status == .pass)
        #expect(evaluate(check, inventory(system(true), bothPartial)).findings.count == 1)
    }

    @Test func declaredFalseFails() {
        #expect(evaluate(check, inventory(system(false))).status == .fail)
    }

    @Test func undeclaredIsMissingDocumentation() {
        let result = evaluate(check, inventory(system(nil), [coverage("pm-srv01")]))

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.documented)
    }

    @Test func declaredWithoutEvidenceIsMissingEvidence() {
        #expect(evaluate(check, inventory(system(true), [coverage("other-host")])).status == .insufficientEvidence)
    }

    @Test func declaredEvidenceFileMustExist() {
        var present = inventory(system(true, evidence: "./evidence/admin-audit.csv"))
        present.evidenceFiles = [Build.evidenceFile("evidence/admin-audit.csv", .unknown)]
        var unreadable = inventory(system(true, evidence: "evidence/admin-audit.csv"))
        unreadable.evidenceFiles = [
            Build.evidenceFile("evidence/admin-audit.csv", .unknown, error: "permission denied")
        ]

        #expect(evaluate(check, present).status == .pass)
        #expect(evaluate(check, unreadable).status == .insufficientEvidence)
        #expect(evaluate(check, inventory(system(true, evidence: "evidence/none.csv"))).status == .insufficientEvidence)
    }
}
