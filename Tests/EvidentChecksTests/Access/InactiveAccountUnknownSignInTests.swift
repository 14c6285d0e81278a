import EvidentCore
import EvidentTestSupport
import FoundationEssentials
import Testing

@testable import EvidentChecks

/// Accounts whose last sign-in stays unknown: a short sign-in log must only add evidence, and dates
/// that could not be read are one data problem per file, not one finding per account.
@Suite struct InactiveAccountUnknownSignInTests {
    typealias Build = InventoryBuilder
    let check = InactiveAccountCheck()

    private func signInLog(earliest: String, partial: String? = nil) -> EvidenceFile {
        var file = Build.evidenceFile("evidence/InteractiveSignIns_2026.csv", .entraSignInsCSV)
        file.dateRange = DateRange(earliest: Build.instant(earliest), latest: Build.instant("2026-11-29T00:00:00Z"))
        file.partialReason = partial
        return file
    }

    private func summary(_ upn: String, last: String) -> SignInSummary {
        SignInSummary(
            userPrincipalName: upn, lastSuccessfulSignIn: Build.instant(last), successfulSignIns: 1,
            evidence: EvidenceReference(path: "evidence/InteractiveSignIns_2026.csv", line: 2))
    }

    private func unreadableDate(_ account: Account) -> Account {
        var account = account
        account.lastSignIn = .unknown
        account.lastSignInProblem = "'11/29/2026' is not a valid day-first date for export locale en-GB"
        return account
    }

    @Test func shortLogGivesOneSourceFinding() throws {
        let names = ["ann", "bob", "cy", "dee", "eve"].map { "\($0)@clinic.example" }
        var inventory = Inventory(
            accounts: names.enumerated().map { Build.entraAccount($1, line: $0 + 2) },
            evidenceFiles: [signInLog(earliest: "2026-11-27T08:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.subject == Subject(kind: .evidence, id: "Entra ID"))
        #expect(finding.message.contains("show a sign-in by 1 of them"))
        #expect(finding.message.contains("since 2026-11-27T08:00:00Z, not more than 90 days"))
        #expect(finding.message.contains("4 accounts cannot be judged"))
        #expect(!result.findings.contains { $0.message.contains("has no last sign-in time in its export") })
    }

    @Test func logSignInRaisesOldExportTime() {
        var inventory = Inventory(
            accounts: [
                Build.entraAccount("ann@clinic.example", lastSignIn: .at(Build.instant("2026-03-01T00:00:00Z")))
            ],
            evidenceFiles: [signInLog(earliest: "2026-11-27T08:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        #expect(evaluate(check, inventory).status == .pass)
    }

    @Test func absenceFromShortLogKeepsExportTime() throws {
        let old = Build.instant("2026-03-01T00:00:00Z")
        var inventory = Inventory(
            accounts: [Build.entraAccount("bob@clinic.example", lastSignIn: .at(old))],
            evidenceFiles: [signInLog(earliest: "2026-11-27T08:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.status == .fail)
        #expect(result.subjectIDs == ["bob@clinic.example"])
    }

    @Test func unreadableDatesGiveOneFindingPerFile() throws {
        let inventory = Inventory(accounts: [
            unreadableDate(Build.directoryAccount("ann", upn: "ann@clinic.example", line: 3)),
            unreadableDate(Build.directoryAccount("bob", upn: "bob@clinic.example", line: 4)),
            Build.directoryAccount("cy", lastSignIn: .at(Build.instant("2026-11-20T00:00:00Z")), line: 5),
            unreadableDate(Build.systemAccount("ann", line: 7)),
        ])

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(Set(result.subjectIDs) == ["evidence/ad-users.csv", "evidence/access/ehr.csv"])
        #expect(result.findings.count == 2)
        let directory = try #require(result.findings.first { $0.subject.id == "evidence/ad-users.csv" })
        #expect(directory.message.contains("The last sign-in time of 2 enabled accounts in evidence/ad-users.csv"))
        #expect(directory.message.contains("For ann@clinic.example on line 3: '11/29/2026' is not a valid day-first"))
        #expect(directory.message.contains("ann@clinic.example and bob@clinic.example"))
        #expect(directory.remediation.contains("export_locale"))
        #expect(directory.evidence.first == EvidenceReference(path: "evidence/ad-users.csv"))
        #expect(!result.findings.contains { $0.message.contains("has no last sign-in time in its export") })
    }

    @Test func unreadableDatesOnlyAreNotNoSignInColumn() {
        let inventory = Inventory(accounts: [
            unreadableDate(Build.directoryAccount("ann", line: 3)),
            unreadableDate(Build.directoryAccount("bob", line: 4)),
        ])

        let result = evaluate(check, inventory)

        #expect(result.subjectIDs == ["evidence/ad-users.csv"])
        #expect(!result.findings.contains { $0.message.contains("records no last sign-in time") })
    }

    @Test func logSettlesUnreadableDate() {
        var inventory = Inventory(
            accounts: [unreadableDate(Build.entraAccount("ann@clinic.example"))],
            evidenceFiles: [signInLog(earliest: "2026-11-27T08:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        #expect(evaluate(check, inventory).status == .pass)
    }

    @Test func partialLogProvesNoAbsence() throws {
        var inventory = Inventory(
            accounts: [Build.entraAccount("bob@clinic.example")],
            evidenceFiles: [signInLog(earliest: "2026-06-01T00:00:00Z", partial: "the file ends inside a field")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.findings(.violation).isEmpty)
        #expect(result.subjectIDs.contains("Entra ID"))
        #expect(result.subjectIDs.contains("evidence/InteractiveSignIns_2026.csv"))
        let finding = try #require(result.findings.first { $0.subject.id == "Entra ID" })
        #expect(finding.message.contains("were read only in part"))
    }

    @Test func longLogJudgesUnreadableDate() throws {
        var inventory = Inventory(
            accounts: [unreadableDate(Build.entraAccount("bob@clinic.example"))],
            evidenceFiles: [signInLog(earliest: "2026-06-01T00:00:00Z")])
        inventory.signInSummaries = [summary("ann@clinic.example", last: "2026-11-28T09:00:00Z")]

        let result = evaluate(check, inventory)

        #expect(result.status == .fail)
        #expect(result.subjectIDs == ["bob@clinic.example"])
    }
}
