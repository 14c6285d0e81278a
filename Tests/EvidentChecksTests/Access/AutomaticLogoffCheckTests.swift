import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct AutomaticLogoffCheckTests {
    typealias Build = InventoryBuilder
    let check = AutomaticLogoffCheck()

    func system(timeout: Int?) -> InformationSystem {
        var system = Build.ephiSystem()
        system.sessionTimeoutSeconds = timeout
        return system
    }

    @Test func timeoutAtLimitPasses() {
        #expect(evaluate(check, Inventory(systems: [system(timeout: 900)])).status == .pass)
    }

    @Test func timeoutOneSecondOverFails() throws {
        let result = evaluate(check, Inventory(systems: [system(timeout: 901)]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("901 seconds"))
        #expect(finding.subject == Subject(kind: .system, id: "ehr"))
        #expect(finding.evidence == [EvidenceReference(path: "inventory/systems.yaml", line: 1)])
    }

    @Test func zeroNeverTimesOutAndIsHigh() {
        let result = evaluate(check, Inventory(systems: [system(timeout: 0)]))

        #expect(result.findings.first?.severity == .high)
    }

    @Test func undeclaredTimeoutIsUndocumented() {
        let result = evaluate(check, Inventory(systems: [system(timeout: nil)]))

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.documented)
    }

    @Test func systemsWithoutEPHIAreIgnored() {
        var website = Build.ephiSystem("website")
        website.handlesEPHI = false
        website.sessionTimeoutSeconds = 0

        #expect(evaluate(check, Inventory(systems: [website])).status == .notApplicable)
    }
}
