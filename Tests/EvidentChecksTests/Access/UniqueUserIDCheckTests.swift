import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct UniqueUserIDCheckTests {
    typealias Build = InventoryBuilder
    let check = UniqueUserIDCheck()

    @Test func namedAccountsPass() {
        let inventory = Inventory(accounts: [
            Build.entraAccount("ana.silva@maple.example"), Build.directoryAccount("asilva"),
        ])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
        #expect(result.findings.isEmpty)
        #expect(result.lifecycle.isComplete)
    }

    @Test(arguments: ["frontdesk", "front.desk", "Reception", "nurse2", "nurse-02", "admin", "ma", "RN", "checkin_3"])
    func genericNameFails(username: String) throws {
        let inventory = Inventory(accounts: [Build.directoryAccount(username, line: 7)])

        let result = evaluate(check, inventory)

        #expect(result.status == .fail)
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.subject == Subject(kind: .user, id: username))
        #expect(finding.evidence == [EvidenceReference(path: "evidence/ad-users.csv", line: 7)])
        #expect(finding.message.contains(username))
        #expect(!finding.touchesEPHI)
    }

    @Test(arguments: ["nursejane", "labtech", "mary", "n1urse", "adminjoe"])
    func personalNameIsNotGeneric(username: String) {
        #expect(!GenericAccountName.isGeneric(username))
    }

    @Test func genericUPNLocalPartFails() {
        let inventory = Inventory(accounts: [Build.entraAccount("front.desk@maple.example")])

        let result = evaluate(check, inventory)

        #expect(result.subjectIDs == ["front.desk@maple.example"])
    }

    @Test func genericAccountInEPHIListIsCritical() throws {
        let inventory = Inventory(systems: [Build.ephiSystem()], accounts: [Build.systemAccount("triage")])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.severity == .critical)
        #expect(finding.touchesEPHI)
    }

    @Test func declaredServiceAccountAndDisabledAccountPass() {
        let inventory = Inventory(
            attestations: Attestations(serviceAccounts: ["Scheduler"]),
            accounts: [Build.directoryAccount("scheduler"), Build.directoryAccount("kiosk", enabled: false)])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
    }

    @Test func sharedRosterEmailFails() throws {
        let inventory = Inventory(
            workforce: [
                Build.member("Ana Silva", email: "ASilva@maple.example", line: 3),
                Build.member("Alan Silva", email: "asilva@maple.example ", line: 4),
            ],
            accounts: [Build.entraAccount("asilva@maple.example")])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.subject == Subject(kind: .user, id: "asilva@maple.example"))
        #expect(finding.severity == .high)
        #expect(finding.message.contains("2 workforce members"))
        #expect(
            finding.evidence == [
                EvidenceReference(path: "inventory/workforce.csv", line: 3),
                EvidenceReference(path: "inventory/workforce.csv", line: 4),
            ])
    }

    @Test func sharedUsernameInEPHIListIsCritical() throws {
        let inventory = Inventory(
            systems: [Build.ephiSystem()],
            workforce: [
                Build.member("Ana Silva", username: "asilva", line: 3), Build.member("Alan Silva", username: "asilva"),
            ],
            accounts: [Build.systemAccount("asilva")])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.severity == .critical)
        #expect(finding.touchesEPHI)
    }

    @Test func unreadableDirectoryExportIsMissingEvidence() {
        let inventory = Inventory(
            accounts: [Build.directoryAccount("asilva")],
            evidenceFiles: [
                Build.evidenceFile("evidence/ad-users.csv", .activeDirectoryUsers, error: "line 4: bad quote")
            ])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == ["evidence/ad-users.csv"])
        #expect(!result.lifecycle.evidenced)
    }

    @Test func partlyReadExportIsMissingEvidence() {
        var file = Build.evidenceFile("evidence/ad-users.csv", .activeDirectoryUsers)
        file.records = 12
        file.skippedRecords = 1
        file.warnings = ["line 7: skipped jdoe: Enabled 'Yes please' is not True or False"]
        let inventory = Inventory(accounts: [Build.directoryAccount("asilva")], evidenceFiles: [file])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == ["evidence/ad-users.csv"])
        let message = try? #require(result.findings.first?.message)
        #expect(message?.contains("1 of 12 records") == true)
        #expect(message?.contains("line 7: skipped jdoe") == true)
    }

    @Test func noAccountExportIsMissingEvidence() {
        let result = evaluate(check, Inventory())

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.map(\.subject) == [Subject(kind: .evidence, id: "account-export")])
        #expect(result.findings.first?.severity == .high)
    }

    @Test func onlyDisabledAccountsIsNotApplicable() {
        let result = evaluate(check, Inventory(accounts: [Build.directoryAccount("asilva", enabled: false)]))

        #expect(result.status == .notApplicable)
        #expect(result.summary.contains("No enabled account"))
    }
}
