import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct RoleBasedAccessCheckTests {
    typealias Build = InventoryBuilder
    let check = RoleBasedAccessCheck()
    let roster = [
        Build.member("Ana Silva", username: "asilva", role: "Clinician", line: 2),
        Build.member("Ben Kent", username: "bkent", role: "billing", line: 3),
    ]

    @Test func allowedRolePasses() {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: roster, accounts: [Build.systemAccount("asilva")])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 1 ePHI system: no findings.")
    }

    @Test func roleOutsideAllowedRolesFails() throws {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: roster,
            accounts: [Build.systemAccount("bkent", role: "physician", line: 4)])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.severity == .high)
        #expect(finding.touchesEPHI)
        #expect(finding.message.contains("role billing"))
        #expect(finding.message.contains("ehr has role physician and belongs to Ben Kent"))
        #expect(finding.evidence.contains(EvidenceReference(path: "evidence/access/ehr.csv", line: 4)))
    }

    @Test func disabledAndUnmatchedAccountsAreIgnored() {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: roster,
            accounts: [Build.systemAccount("bkent", enabled: false), Build.systemAccount("stranger")])

        #expect(evaluate(check, inventory).status == .pass)
    }

    @Test func noAllowedRolesIsUndocumented() {
        var system = Build.ephiSystem()
        system.allowedRoles = []
        let inventory = Inventory(systems: [system], workforce: roster, accounts: [Build.systemAccount("bkent")])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.count == 1)
        #expect(!result.lifecycle.documented)
    }

    @Test func undeclaredAccessListIsMissingEvidence() {
        var system = Build.ephiSystem()
        system.accessList = nil

        let result = evaluate(check, Inventory(systems: [system], workforce: roster))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.message.contains("declares no access list") == true)
    }

    @Test func unreadableAccessListIsMissingEvidence() {
        let inventory = Inventory(
            systems: [Build.ephiSystem()], workforce: roster,
            evidenceFiles: [Build.evidenceFile("evidence/access/ehr.csv", .accessList, error: "line 3: missing role")])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.message.contains("line 3: missing role") == true)
        #expect(!result.lifecycle.evidenced)
    }

    @Test func absentAccessListFileIsMissingEvidence() {
        let result = evaluate(check, Inventory(systems: [Build.ephiSystem()], workforce: roster))

        #expect(result.findings.first?.message.contains("not found") == true)
    }

    @Test func noEPHISystemIsNotApplicable() {
        #expect(evaluate(check, Inventory(workforce: roster)).status == .notApplicable)
    }
}
