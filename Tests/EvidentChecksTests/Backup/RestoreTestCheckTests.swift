import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct RestoreTestCheckTests {
    typealias Build = InventoryBuilder
    let check = RestoreTestCheck()

    func inventory(_ tests: [(String, Bool)]) -> Inventory {
        let records = tests.enumerated().map { index, test in
            RestoreTestRecord(
                system: "EHR", performed: Build.day(test.0), succeeded: test.1,
                evidence: Build.attestation(line: 40 + index))
        }
        return Inventory(systems: [Build.ephiSystem()], attestations: Attestations(restoreTests: records))
    }

    /// 2025-11-30 is exactly 365 days before 2026-11-30.
    @Test func successExactlyAtLimitPasses() {
        #expect(evaluate(check, inventory([("2025-11-30", true)])).status == .pass)
    }

    @Test func successOneDayBeyondLimitFails() throws {
        let result = evaluate(check, inventory([("2025-11-29", true)]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("last succeeded on 2025-11-29 (366 days ago)"))
    }

    @Test func latestFailedTestIsHigh() throws {
        let result = evaluate(check, inventory([("2026-06-01", true), ("2026-10-01", false)]))

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("on 2026-10-01, failed, and the last successful restore was on 2026-06-01"))
        #expect(finding.evidence.contains(Build.attestation(line: 41)))
    }

    @Test func neverTestedFails() {
        let result = evaluate(check, inventory([]))

        #expect(result.findings.first?.message.contains("has never succeeded") == true)
    }

    @Test func systemsWithoutBackupJobAreOutOfScope() {
        var system = Build.ephiSystem()
        system.backupJob = nil

        #expect(evaluate(check, Inventory(systems: [system])).status == .notApplicable)
    }
}
