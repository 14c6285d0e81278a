import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct OrphanAccountCheckTests {
    typealias Build = InventoryBuilder
    let check = OrphanAccountCheck()
    let roster = [Build.member("Ana Silva", email: "ana.silva@maple.example", username: "asilva")]

    @Test(arguments: [
        Build.entraAccount("Ana.Silva@maple.example"),
        Build.directoryAccount("ASILVA"),
        Build.directoryAccount("a.s", upn: "asilva@corp.maple.example"),
        Build.systemAccount(" asilva "),
    ])
    func matchedAccountPasses(account: Account) {
        let result = evaluate(check, Inventory(systems: [Build.ephiSystem()], workforce: roster, accounts: [account]))

        #expect(result.status == .pass)
    }

    @Test func unmatchedDirectoryAccountIsMedium() throws {
        let inventory = Inventory(workforce: roster, accounts: [Build.directoryAccount("bwayne", line: 4)])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.severity == .medium)
        #expect(finding.subject == Subject(kind: .user, id: "bwayne"))
        #expect(finding.evidence == [EvidenceReference(path: "evidence/ad-users.csv", line: 4)])
    }

    @Test func unmatchedEPHIAccountIsHigh() throws {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: roster, accounts: [Build.systemAccount("bwayne")])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.severity == .high)
        #expect(finding.touchesEPHI)
    }

    @Test func genericAccountIsAlsoAnOrphan() {
        let inventory = Inventory(workforce: roster, accounts: [Build.directoryAccount("frontdesk")])

        #expect(evaluate(check, inventory).subjectIDs == ["frontdesk"])
    }

    @Test func serviceAndDisabledAccountsPass() {
        let inventory = Inventory(
            workforce: roster, attestations: Attestations(serviceAccounts: ["svc-backup"]),
            accounts: [
                Build.directoryAccount("svc-backup"), Build.entraAccount("svc-backup@maple.example"),
                Build.directoryAccount("old", enabled: false),
            ])

        #expect(evaluate(check, inventory).status == .pass)
    }

    @Test func emptyRosterIsMissingEvidence() {
        let result = evaluate(check, Inventory(accounts: [Build.directoryAccount("asilva")]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.count == 1)
    }
}
