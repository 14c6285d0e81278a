import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct TerminatedWorkforceCheckTests {
    typealias Build = InventoryBuilder
    let check = TerminatedWorkforceCheck()
    let leaver = Build.member(
        "J. Doe", email: "jdoe@maple.example", username: "jdoe", status: .terminated, endDate: "2026-09-30", line: 9)

    @Test func enabledDirectoryAccountOfLeaverFails() throws {
        let inventory = Inventory(workforce: [leaver], accounts: [Build.entraAccount("jdoe@maple.example", line: 5)])

        let result = evaluate(check, inventory)

        #expect(result.status == .fail)
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(
            finding.message
                == "Account jdoe@maple.example is enabled in Entra ID although J. Doe left on 2026-09-30 (61 days ago)."
        )
        #expect(finding.remediation.hasPrefix("Disable the account in Entra ID"))
        #expect(
            finding.evidence == [
                EvidenceReference(path: "evidence/entra-users.csv", line: 5),
                EvidenceReference(path: "inventory/workforce.csv", line: 9),
            ])
        #expect(!result.lifecycle.implemented)
    }

    @Test func enabledEPHISystemAccountIsCritical() throws {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: [leaver], accounts: [Build.systemAccount("JDOE")])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.severity == .critical)
        #expect(finding.touchesEPHI)
        #expect(finding.subject == Subject(kind: .user, id: "JDOE"))
    }

    @Test func oneFindingPerAccount() {
        let inventory = Inventory(
            workforce: [leaver],
            accounts: [
                Build.entraAccount("jdoe@maple.example"), Build.directoryAccount("jdoe"),
                Build.directoryAccount("jdoe2", upn: "jdoe@maple.example"),
            ])

        let result = evaluate(check, inventory)

        #expect(result.findings.count == 3)
    }

    @Test func disabledAccountsAndCurrentMembersPass() {
        let inventory = Inventory(
            workforce: [leaver, Build.member("Ana Silva", email: "asilva@maple.example")],
            accounts: [
                Build.entraAccount("jdoe@maple.example", enabled: false), Build.entraAccount("asilva@maple.example"),
            ])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 1 terminated member: no findings.")
    }

    @Test func endDateOnAsOfFailsAndLaterEndDateWarns() {
        let today = Build.member("Kim Lee", username: "klee", status: .terminated, endDate: "2026-11-30")
        let tomorrow = Build.member("Raj Rao", username: "rrao", status: .terminated, endDate: "2026-12-01")
        let inventory = Inventory(
            workforce: [today, tomorrow], accounts: [Build.directoryAccount("klee"), Build.directoryAccount("rrao")])

        let result = evaluate(check, inventory)

        #expect(result.findings(.violation).map(\.subject.id) == ["klee"])
        #expect(result.findings(.violation).first?.message.contains("(0 days ago)") == true)
        #expect(result.findings(.warning).map(\.subject.id) == ["rrao"])
    }

    @Test func missingEndDateStillFails() throws {
        let leaver = Build.member("J. Doe", username: "jdoe", status: .terminated)
        let inventory = Inventory(workforce: [leaver], accounts: [Build.directoryAccount("jdoe")])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.kind == .violation)
        #expect(finding.message.contains("no end date recorded"))
    }

    @Test func emptyRosterIsMissingEvidence() {
        let inventory = Inventory(accounts: [Build.entraAccount("jdoe@maple.example")])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.subject == Subject(kind: .evidence, id: "workforce-roster"))
    }

    @Test func noTerminatedMemberIsNotApplicable() {
        let inventory = Inventory(
            workforce: [Build.member("Ana Silva", email: "asilva@maple.example")],
            accounts: [Build.directoryAccount("asilva")])

        #expect(evaluate(check, inventory).status == .notApplicable)
    }

    @Test func noAccountExportIsMissingEvidence() {
        let inventory = Inventory(workforce: [Build.member("Ana Silva", email: "asilva@maple.example")])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.subject == Subject(kind: .evidence, id: "account-export"))
    }
}
