import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct PasswordPolicyCheckTests {
    typealias Build = InventoryBuilder
    let check = PasswordPolicyCheck()

    private func inventory(_ policies: [EndpointPolicy]) -> Inventory {
        var inventory = Inventory(evidenceFiles: [Build.evidenceFile("evidence/WS-01.inf", .seceditINF)])
        inventory.endpointPolicies = policies
        return inventory
    }

    private func policy(length: Int? = 14, lockout: Int? = 10, maximumAge: Int? = 0, timeout: Int? = 900)
        -> EndpointPolicy
    {
        EndpointPolicy(
            device: "WS-01", minimumPasswordLength: length, maximumPasswordAgeDays: maximumAge,
            lockoutThreshold: lockout, inactivityTimeoutSeconds: timeout,
            evidence: EvidenceReference(path: "evidence/WS-01.inf", line: 3))
    }

    @Test func compliantPolicyPasses() {
        #expect(evaluate(check, inventory([policy()])).status == .pass)
    }

    @Test func shortPasswordsAndNoLockoutFail() {
        let result = evaluate(check, inventory([policy(length: 7, lockout: 0)]))

        #expect(result.findings(.violation).count == 2)
        #expect(result.findings(.violation).allSatisfy { $0.subject.id == "WS-01" })
    }

    @Test func lockoutAboveLimitFailsAndLimitIsConfigurable() {
        var thresholds = Thresholds()
        thresholds.lockoutMaxAttempts = 5
        thresholds.passwordMinLength = 15

        let result = evaluate(check, inventory([policy(lockout: 10)]), settings: Build.settings(thresholds: thresholds))

        #expect(result.findings(.violation).count == 2)
    }

    @Test func forcedExpiryIsOnlyAWarning() {
        let result = evaluate(check, inventory([policy(maximumAge: 42)]))

        #expect(result.status == .pass)
        #expect(result.findings(.warning).count == 1)
    }

    @Test func noPolicyExportIsMissingEvidence() {
        #expect(evaluate(check, Inventory()).status == .insufficientEvidence)
    }

    @Test func machineInactivityLimitFeedsAutomaticLogoff() {
        var inventory = inventory([policy(timeout: 0)])
        inventory.endpointPolicies.append(
            EndpointPolicy(device: "WS-02", inactivityTimeoutSeconds: 1200, evidence: EvidenceReference(path: "b")))
        inventory.endpointPolicies.append(EndpointPolicy(device: "WS-03", evidence: EvidenceReference(path: "c")))

        let result = evaluate(AutomaticLogoffCheck(), inventory)

        #expect(result.findings(.violation).map(\.severity) == [.high, .medium])
        #expect(result.findings(.missingEvidence).map(\.subject.id) == ["WS-03"])
    }
}
