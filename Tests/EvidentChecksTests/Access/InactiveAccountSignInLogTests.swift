import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct InactiveAccountSignInLogTests {
    typealias Build = InventoryBuilder
    let check = InactiveAccountCheck()

    private func summary(_ upn: String, last: String?, line: Int = 4) -> SignInSummary {
        SignInSummary(
            userPrincipalName: upn, lastSuccessfulSignIn: last.map(Build.instant),
            successfulSignIns: last == nil ? 0 : 1,
            evidence: EvidenceReference(path: "evidence/signins.csv", line: line))
    }

    private func signInLog(earliest: String) -> EvidenceFile {
        var file = Build.evidenceFile("evidence/signins.csv", .entraSignInsCSV)
        file.dateRange = DateRange(earliest: Build.instant(earliest), latest: Build.instant("2026-11-29T00:00:00Z"))
        return file
    }

    @Test func signInLogSuppliesLastSignIn() {
        var inventory = Inventory(
            accounts: [Build.entraAccount("ann@clinic.example")],
            evidenceFiles: [signInLog(earliest: "2026-11-01T00:00:00Z")])
        inventory.signInSummaries = [summary("ANN@clinic.example", last: "2026-11-20T00:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.status == .pass)
    }

    @Test func exportSayingNeverConflictsWithLog() throws {
        var inventory = Inventory(
            accounts: [Build.entraAccount("ann@clinic.example", lastSignIn: .never)],
            evidenceFiles: [signInLog(earliest: "2026-11-01T00:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-20T00:00:00Z")]

        let result = evaluate(check, inventory)

        let warning = try #require(result.findings(.warning).first)
        #expect(result.status == .pass)
        #expect(warning.message.contains("Sources disagree on ann@clinic.example"))
        #expect(warning.evidence.contains(EvidenceReference(path: "evidence/signins.csv", line: 4)))
    }

    @Test func absentFromLogsCoveringTheLimitFails() throws {
        var inventory = Inventory(
            accounts: [Build.entraAccount("bob@clinic.example")],
            evidenceFiles: [signInLog(earliest: "2026-08-01T00:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-20T00:00:00Z")]

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.message.contains("bob@clinic.example in Entra ID has no successful sign-in"))
    }

    @Test func absentFromShortLogsIsMissingEvidence() {
        var inventory = Inventory(
            accounts: [Build.entraAccount("bob@clinic.example")],
            evidenceFiles: [signInLog(earliest: "2026-11-01T00:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-20T00:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings(.missingEvidence).count == 1)
    }
}
