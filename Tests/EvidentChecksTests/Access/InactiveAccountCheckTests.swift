import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct InactiveAccountCheckTests {
    typealias Build = InventoryBuilder
    let check = InactiveAccountCheck()

    /// The end of 2026-11-30 minus exactly 90 days is 2026-09-02T00:00:00Z.
    @Test func signInExactlyAtLimitPasses() {
        let account = Build.directoryAccount("asilva", lastSignIn: .at(Build.instant("2026-09-02T00:00:00Z")))

        #expect(evaluate(check, Inventory(accounts: [account])).status == .pass)
    }

    @Test func signInOneSecondBeyondLimitFails() throws {
        let account = Build.directoryAccount("asilva", lastSignIn: .at(Build.instant("2026-09-01T23:59:59Z")), line: 6)

        let result = evaluate(check, Inventory(accounts: [account]))

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("2026-09-01T23:59:59Z (90 days ago, limit 90)"))
        #expect(!result.lifecycle.maintained)
    }

    @Test func thresholdIsConfigurable() {
        var thresholds = Thresholds()
        thresholds.inactiveAccountMaxDays = 30
        let account = Build.directoryAccount("asilva", lastSignIn: .at(Build.instant("2026-10-15T00:00:00Z")))

        let result = evaluate(check, Inventory(accounts: [account]), settings: Build.settings(thresholds: thresholds))

        #expect(result.status == .fail)
    }

    @Test func neverSignedInFails() {
        let result = evaluate(check, Inventory(accounts: [Build.directoryAccount("asilva", lastSignIn: .never)]))

        #expect(result.findings.first?.message.contains("never signed in") == true)
    }

    @Test func sourceWithoutSignInsGivesOneFinding() throws {
        let accounts = (2...5).map { Build.entraAccount("user\($0)x@maple.example", line: $0) }

        let result = evaluate(check, Inventory(accounts: accounts))

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(result.status == .insufficientEvidence)
        #expect(finding.subject == Subject(kind: .evidence, id: "Entra ID"))
        #expect(finding.evidence == [EvidenceReference(path: "evidence/entra-users.csv")])
        #expect(!result.lifecycle.evidenced)
    }

    @Test func singleUnknownSignInGivesAccountFinding() {
        let accounts = [
            Build.directoryAccount("asilva", lastSignIn: .at(Build.instant("2026-11-20T10:00:00Z"))),
            Build.directoryAccount("bkent", lastSignIn: .unknown),
        ]

        let result = evaluate(check, Inventory(accounts: accounts))

        #expect(result.findings(.missingEvidence).map(\.subject.id) == ["bkent"])
    }

    @Test func terminatedMembersAreLeftToTheirOwnCheck() {
        let leaver = Build.member("J. Doe", username: "jdoe", status: .terminated, endDate: "2026-01-31")
        let inventory = Inventory(workforce: [leaver], accounts: [Build.directoryAccount("jdoe", lastSignIn: .never)])

        #expect(evaluate(check, inventory).status == .notApplicable)
    }
}
