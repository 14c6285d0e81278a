import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct AuditLoggingCheckTests {
    typealias Build = InventoryBuilder
    let check = AuditLoggingCheck()

    func system(logging: Bool?, retention: Int?) -> InformationSystem {
        var system = Build.ephiSystem()
        system.auditLogging = logging
        system.logRetentionDays = retention
        return system
    }

    @Test func loggingWithRetentionAtMinimumPasses() {
        #expect(evaluate(check, Inventory(systems: [system(logging: true, retention: 365)])).status == .pass)
    }

    @Test func retentionOneDayShortFails() throws {
        let finding = try #require(
            evaluate(check, Inventory(systems: [system(logging: true, retention: 364)])).findings.first)

        #expect(finding.severity == .medium)
        #expect(finding.message.contains("364 days"))
    }

    @Test func loggingOffFails() throws {
        let finding = try #require(
            evaluate(check, Inventory(systems: [system(logging: false, retention: 365)])).findings.first)

        #expect(finding.severity == .high)
        #expect(finding.touchesEPHI)
    }

    @Test func undeclaredValuesAreMissingEvidence() {
        let result = evaluate(check, Inventory(systems: [system(logging: nil, retention: nil)]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.map(\.severity) == [.medium, .low])
        #expect(!result.lifecycle.documented)
    }
}
