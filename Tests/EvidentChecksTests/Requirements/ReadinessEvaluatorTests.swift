import EvidentCatalog
import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct ReadinessEvaluatorTests {
    typealias Build = InventoryBuilder

    private func evaluate(_ attestations: Attestations, results: [CheckResult] = []) -> RequirementsPosture {
        let context = CheckContext(
            inventory: Inventory(attestations: attestations), settings: Build.settings(), catalog: .shipped)
        return ReadinessEvaluator(context: context, results: results, profile: .nprm2025).posture()
    }

    private func attestation(_ id: String, attested: String) -> RequirementAttestation {
        RequirementAttestation(
            citation: id, statement: "Done.", document: "documents/report.md", documentExists: true,
            attested: Build.day(attested), reviewer: "Tom Becker", evidence: Build.attestation(line: 7))
    }

    private func status(_ posture: RequirementsPosture, _ id: String) -> CheckStatus? {
        posture.requirements.first { $0.citation == id }?.status
    }

    @Test func everyItemIsProposed() {
        let posture = evaluate(Attestations())

        #expect(posture.proposed)
        #expect(posture.profile == "hipaa-nprm-2025")
        #expect(posture.requirements.count == 18)
        #expect(posture.requirements.allSatisfy { $0.proposed && $0.designation == "proposed" })
        #expect(posture.requirements.allSatisfy { $0.status != .pass })
    }

    @Test func proposedCadenceShortensTheAttestations() {
        let recent = evaluate(
            Attestations(requirements: [attestation("nprm.vulnerability-scanning", attested: "2026-06-01")]))
        let old = evaluate(
            Attestations(requirements: [attestation("nprm.vulnerability-scanning", attested: "2026-05-29")]))

        #expect(status(recent, "nprm.vulnerability-scanning") == .pass)
        #expect(status(old, "nprm.vulnerability-scanning") == .insufficientEvidence)
    }

    @Test func alternativeDecisionIsNotReady() throws {
        let decision = AddressableDecision(
            citation: "164.310(a)(2)(ii)", decision: .alternative, rationale: "Landlord's plan.",
            decided: Build.day("2024-03-15"), owner: "Carol Jensen", evidence: Build.attestation(line: 3))
        let posture = evaluate(Attestations(decisions: [decision]))
        let item = try #require(posture.requirements.first { $0.citation == "nprm.no-addressable" })

        #expect(item.status == .fail)
        #expect(item.reason.contains("164.310(a)(2)(ii) is alternative, not implemented"))
    }

    @Test func failingCheckIsNotReady() {
        let result = CheckResult(
            checkID: "auth.mfa-coverage", title: "MFA", status: .fail, citations: ["164.312(d)"],
            lifecycle: Lifecycle(implemented: false), summary: "s.", findings: [])

        #expect(status(evaluate(Attestations(), results: [result]), "nprm.mfa") == .fail)
    }

    @Test func checkAndAttestationAreBothNeeded() {
        let result = CheckResult(
            checkID: "access.terminated-workforce", title: "t", status: .pass, citations: ["164.308(a)(3)(ii)(C)"],
            lifecycle: Lifecycle(), summary: "s.", findings: [])
        let withoutAttestation = evaluate(Attestations(), results: [result])
        let withAttestation = evaluate(
            Attestations(requirements: [attestation("nprm.access-termination", attested: "2026-10-01")]),
            results: [result])

        #expect(status(withoutAttestation, "nprm.access-termination") == .insufficientEvidence)
        #expect(status(withAttestation, "nprm.access-termination") == .pass)
    }
}
