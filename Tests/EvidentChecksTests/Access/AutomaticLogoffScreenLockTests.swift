import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

/// osquery `screenlock` rows judged by the automatic logoff check, and ignored by the password check.
@Suite struct AutomaticLogoffScreenLockTests {
    typealias Build = InventoryBuilder

    private func inventory(requiresPassword: Bool, grace: Int?) -> Inventory {
        var policy = EndpointPolicy(
            device: "MAC-01", evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 4))
        policy.requiresPasswordOnWake = requiresPassword
        policy.passwordGracePeriodSeconds = grace
        var inventory = Inventory(
            evidenceFiles: [Build.evidenceFile("evidence/osqueryd.results.log", .osqueryResults)])
        inventory.endpointPolicies = [policy]
        return inventory
    }

    @Test func noPasswordOnWakeIsHigh() throws {
        let result = evaluate(AutomaticLogoffCheck(), inventory(requiresPassword: false, grace: nil))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.severity == .high)
        #expect(finding.subject == Subject(kind: .device, id: "MAC-01"))
    }

    @Test func longGracePeriodFails() throws {
        let result = evaluate(AutomaticLogoffCheck(), inventory(requiresPassword: true, grace: 3_600))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("3600 seconds"))
    }

    @Test func immediatePasswordStillLacksIdleTime() throws {
        let result = evaluate(AutomaticLogoffCheck(), inventory(requiresPassword: true, grace: 0))

        #expect(result.findings(.violation).isEmpty)
        let finding = try #require(result.findings(.missingEvidence).first)
        #expect(finding.severity == .low)
        #expect(finding.message.contains("idle"))
    }

    @Test func passwordCheckIgnoresScreenLock() throws {
        let result = evaluate(PasswordPolicyCheck(), inventory(requiresPassword: false, grace: nil))

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.message.contains("No password policy export"))
    }
}
