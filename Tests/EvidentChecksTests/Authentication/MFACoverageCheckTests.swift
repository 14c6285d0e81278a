import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct MFACoverageCheckTests {
    typealias Build = InventoryBuilder
    let check = MFACoverageCheck()

    func registration(_ upn: String, registered: Bool, admin: Bool? = nil) -> MFARegistration {
        MFARegistration(
            userPrincipalName: upn, isRegistered: registered, isAdmin: admin,
            evidence: EvidenceReference(path: "evidence/mfa.csv", line: 3))
    }

    @Test func registeredAccountsPass() {
        let inventory = Inventory(
            accounts: [Build.entraAccount("asilva@maple.example")],
            mfaRegistrations: [registration("ASILVA@maple.example", registered: true)])

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
    }

    @Test func unregisteredAccountIsHighAndAdminCritical() {
        let inventory = Inventory(
            accounts: [Build.entraAccount("asilva@maple.example"), Build.entraAccount("it.admin@maple.example")],
            mfaRegistrations: [
                registration("asilva@maple.example", registered: false),
                registration("it.admin@maple.example", registered: false, admin: true),
            ])

        let result = evaluate(check, inventory)

        #expect(result.status == .fail)
        #expect(result.findings.map(\.severity) == [.critical, .high])
        #expect(result.findings.first?.evidence.contains(EvidenceReference(path: "evidence/mfa.csv", line: 3)) == true)
    }

    @Test func accountAbsentFromReportIsMissingEvidence() throws {
        let inventory = Inventory(
            accounts: [Build.entraAccount("asilva@maple.example"), Build.entraAccount("bkent@maple.example")],
            mfaRegistrations: [registration("asilva@maple.example", registered: true)])

        let finding = try #require(evaluate(check, inventory).findings.first)

        #expect(finding.kind == .missingEvidence)
        #expect(finding.severity == .medium)
        #expect(finding.subject.id == "bkent@maple.example")
    }

    @Test func noReportGivesOneFinding() throws {
        let inventory = Inventory(accounts: [
            Build.entraAccount("a@maple.example"), Build.entraAccount("b@maple.example"),
        ])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.subject == Subject(kind: .evidence, id: "entra-mfa-registration"))
        #expect(result.status == .insufficientEvidence)
    }

    @Test func guestsServiceAndDisabledAccountsAreOutOfScope() {
        let inventory = Inventory(
            attestations: Attestations(serviceAccounts: ["svc-scan"]),
            accounts: [
                Build.entraAccount("partner_x.example#EXT#@maple.example", guest: true),
                Build.entraAccount("svc-scan@maple.example"), Build.entraAccount("gone@maple.example", enabled: false),
                Build.directoryAccount("asilva"),
            ])

        #expect(evaluate(check, inventory).status == .notApplicable)
    }

    @Test(arguments: [MFAEnforcement.optional, .none])
    func ePHISystemWithoutEnforcedMFAFails(mfa: MFAEnforcement) throws {
        var system = Build.ephiSystem()
        system.mfa = mfa

        let finding = try #require(evaluate(check, Inventory(systems: [system])).findings.first)

        #expect(finding.kind == .violation)
        #expect(finding.severity == .high)
        #expect(finding.touchesEPHI)
        #expect(finding.message.contains("mfa \(mfa.rawValue)"))
    }

    @Test func undeclaredSystemMFAIsMissingEvidence() {
        var system = Build.ephiSystem()
        system.mfa = nil

        let result = evaluate(check, Inventory(systems: [system]))

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.documented)
    }
}
