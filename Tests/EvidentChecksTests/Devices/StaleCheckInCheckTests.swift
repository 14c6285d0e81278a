import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct StaleCheckInCheckTests {
    typealias Build = InventoryBuilder
    let check = StaleCheckInCheck()

    /// The end of 2026-11-30 minus exactly 30 days is 2026-11-01T00:00:00Z.
    @Test func checkInExactlyAtLimitPasses() {
        let device = Build.device("EXAM-01", lastCheckIn: Build.instant("2026-11-01T00:00:00Z"))

        #expect(evaluate(check, Inventory(devices: [device])).status == .pass)
    }

    @Test func checkInOneSecondBeyondLimitFails() throws {
        let device = Build.device("EXAM-01", lastCheckIn: Build.instant("2026-10-31T23:59:59Z"))

        let result = evaluate(check, Inventory(devices: [device]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("2026-10-31T23:59:59Z (30 days ago, limit 30)"))
        #expect(!result.lifecycle.maintained)
    }

    @Test func neverCheckedInFails() {
        let result = evaluate(check, Inventory(devices: [Build.device("EXAM-01", lastCheckIn: nil)]))

        #expect(result.status == .fail)
    }

    @Test func noDeviceExportIsMissingEvidence() {
        let result = evaluate(check, Inventory())

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.severity == .medium)
    }
}
