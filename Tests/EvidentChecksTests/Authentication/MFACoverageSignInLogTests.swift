import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct MFACoverageSignInLogTests {
    typealias Build = InventoryBuilder
    let check = MFACoverageCheck()

    private func inventory(registered: Bool?, multifactor: Int, singleFactor: Int) -> Inventory {
        var inventory = Inventory(
            accounts: [Build.entraAccount("ann@clinic.example")],
            mfaRegistrations: registered.map {
                [
                    MFARegistration(
                        userPrincipalName: "ann@clinic.example", isRegistered: $0,
                        evidence: EvidenceReference(path: "evidence/mfa.csv", line: 2))
                ]
            } ?? [],
            evidenceFiles: [Build.evidenceFile("evidence/signins.csv", .entraSignInsCSV)])
        inventory.signInSummaries = [
            SignInSummary(
                userPrincipalName: "ann@clinic.example", successfulSignIns: multifactor + singleFactor,
                multifactorSignIns: multifactor, singleFactorSignIns: singleFactor,
                evidence: EvidenceReference(path: "evidence/signins.csv", line: 7))
        ]
        return inventory
    }

    @Test func singleFactorSignInFailsDespiteRegistration() throws {
        let result = evaluate(check, inventory(registered: true, multifactor: 3, singleFactor: 2))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("with a single factor 2 times"))
        #expect(finding.evidence.contains(EvidenceReference(path: "evidence/signins.csv", line: 7)))
    }

    @Test func multifactorSignInsCoverMissingRegistration() {
        let result = evaluate(check, inventory(registered: nil, multifactor: 3, singleFactor: 0))

        #expect(result.findings.filter { $0.subject.kind == .user }.isEmpty)
    }

    @Test func registrationConflictIsAWarning() throws {
        let result = evaluate(check, inventory(registered: false, multifactor: 1, singleFactor: 0))

        let warning = try #require(result.findings(.warning).first)
        #expect(warning.message.contains("Sources disagree on ann@clinic.example"))
        #expect(result.findings(.violation).isEmpty)
    }
}

@Suite struct MFACoverageGoogleWorkspaceTests {
    @Test func googleAccountWithout2SVFails() throws {
        let account = Account(
            source: .googleWorkspace, username: "ben@clinic.example", userPrincipalName: "ben@clinic.example",
            isEnabled: true, evidence: EvidenceReference(path: "evidence/google.csv", line: 3))
        let registration = MFARegistration(
            userPrincipalName: "ben@clinic.example", isRegistered: false,
            evidence: EvidenceReference(path: "evidence/google.csv", line: 3))

        let result = evaluate(MFACoverageCheck(), Inventory(accounts: [account], mfaRegistrations: [registration]))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.subject.id == "ben@clinic.example")
    }
}
