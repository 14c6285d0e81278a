import EvidentCatalog
import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct RequirementEvaluatorTests {
    typealias Build = InventoryBuilder

    private func policy(_ id: String, reviewed: String = "2026-03-12", documentExists: Bool = true) -> PolicyRecord {
        PolicyRecord(
            id: id, document: "documents/\(id).md", documentExists: documentExists, reviewed: Build.day(reviewed),
            evidence: Build.attestation(line: 1))
    }

    private func attestation(
        _ citation: String, applicable: Bool = true, attested: String? = "2026-03-12", documentExists: Bool = true,
        reviewer: String? = "Carol Jensen", line: Int = 40
    ) -> RequirementAttestation {
        RequirementAttestation(
            citation: citation, statement: "Stated.", applicable: applicable, document: "documents/proof.md",
            documentExists: documentExists, attested: attested.map(Build.day), reviewer: reviewer,
            evidence: Build.attestation(line: line))
    }

    private func evaluate(_ attestations: Attestations, results: [CheckResult] = []) -> RequirementsPosture {
        let context = CheckContext(
            inventory: Inventory(attestations: attestations), settings: Build.settings(), catalog: .shipped)
        return RequirementEvaluator(context: context, results: results).posture()
    }

    private func result(_ id: String, _ status: CheckStatus, citations: [String]) -> CheckResult {
        CheckResult(
            checkID: id, title: id, status: status, citations: citations,
            lifecycle: Lifecycle(implemented: status != .fail), summary: "s.", findings: [])
    }

    @Test func catalogNamesTheChecksThatCiteEachRequirement() {
        for requirement in SecurityRuleCatalog.shipped.requirements {
            let citing = Assessor.standardChecks.filter { $0.citations.contains(requirement.citation) }.map(\.id)

            #expect(Set(requirement.evidencedBy.checks) == Set(citing), "\(requirement.citation)")
        }
    }

    @Test func everyCountedRequirementHasAPostureAndReason() {
        let posture = evaluate(Attestations())

        #expect(posture.requirements.count == 68)
        #expect(
            posture.requirements.map(\.citation) == SecurityRuleCatalog.shipped.assessedRequirements.map(\.citation))
        #expect(posture.requirements.allSatisfy { !$0.reason.isEmpty && !$0.proposed })
        #expect(posture.requirements.allSatisfy { $0.status != .pass })
        #expect(posture.overall.score == 0)
    }

    @Test func currentAttestationWithPolicyPasses() throws {
        let posture = evaluate(
            Attestations(policies: [policy("workstation-use")], requirements: [attestation("164.310(b)")]))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.310(b)" })

        #expect(requirement.status == .pass)
        #expect(requirement.lifecycle.isComplete)
        #expect(requirement.missing.isEmpty)
        #expect(requirement.reason == "Shown by the attestation at attestations.yaml:40.")
    }

    @Test func staleAttestationIsNotAPass() throws {
        let posture = evaluate(
            Attestations(
                policies: [policy("workstation-use")], requirements: [attestation("164.310(b)", attested: "2025-11-29")]
            ))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.310(b)" })

        #expect(requirement.status == .insufficientEvidence)
        #expect(!requirement.lifecycle.maintained)
        #expect(requirement.missing.contains { $0.contains("attested 2025-11-29, due every 12 months") })
    }

    @Test func attestationOnItsLastDayIsCurrent() throws {
        let posture = evaluate(
            Attestations(
                policies: [policy("workstation-use")], requirements: [attestation("164.310(b)", attested: "2025-11-30")]
            ))

        #expect(posture.requirements.first { $0.citation == "164.310(b)" }?.status == .pass)
    }

    @Test func documentlessAttestationIsNotAPass() throws {
        let posture = evaluate(
            Attestations(
                policies: [policy("workstation-use")],
                requirements: [attestation("164.310(b)", documentExists: false)]))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.310(b)" })

        #expect(requirement.status == .insufficientEvidence)
        #expect(!requirement.lifecycle.evidenced)
    }

    @Test func attestationWithoutReviewerIsNotAPass() {
        let posture = evaluate(
            Attestations(
                policies: [policy("workstation-use")], requirements: [attestation("164.310(b)", reviewer: nil)]))

        #expect(posture.requirements.first { $0.citation == "164.310(b)" }?.status == .insufficientEvidence)
    }

    @Test func missingPolicyBlocksAPass() throws {
        let posture = evaluate(Attestations(requirements: [attestation("164.310(b)")]))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.310(b)" })

        #expect(requirement.status == .insufficientEvidence)
        #expect(!requirement.lifecycle.documented)
        #expect(requirement.missing.first == "the workstation-use policy under policies in attestations.yaml")
    }

    @Test func notApplicableStandardCoversItsSpecifications() {
        let posture = evaluate(
            Attestations(
                requirements: [
                    attestation("164.314(b)", applicable: false),
                    attestation("164.314(b)(2)(iv)", documentExists: true, line: 50),
                ]))
        let statuses = Dictionary(uniqueKeysWithValues: posture.requirements.map { ($0.citation, $0.status) })

        #expect(statuses["164.314(b)(1)"] == .notApplicable)
        #expect(statuses["164.314(b)(2)(i)"] == .notApplicable)
        #expect(statuses["164.314(b)(2)(iv)"] == .pass)
        #expect(posture.categories.first { $0.category == .organizational }?.notApplicable == 4)
    }

    @Test func addressableWithoutDecisionFails() throws {
        let posture = evaluate(Attestations())
        let requirement = try #require(posture.requirements.first { $0.citation == "164.312(c)(2)" })

        #expect(requirement.status == .fail)
        #expect(!requirement.lifecycle.documented)
        #expect(requirement.reason.contains("no decision is recorded"))
    }

    @Test func alternativeNeedsRationaleOwnerAndDate() throws {
        let decision = AddressableDecision(
            citation: "164.310(a)(2)(ii)", decision: .alternative, rationale: "The landlord's plan covers it.",
            evidence: Build.attestation(line: 9))
        let posture = evaluate(Attestations(decisions: [decision]))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.310(a)(2)(ii)" })

        #expect(requirement.status == .fail)
        #expect(requirement.reason == "Fails: the alternative decision has no owner or decided date.")
        #expect(requirement.decision == "alternative")
        #expect(requirement.rationale == "The landlord's plan covers it.")
    }

    @Test func completeNotReasonableDecisionPasses() throws {
        let decision = AddressableDecision(
            citation: "164.312(c)(2)", decision: .notReasonable, rationale: "Read-only archive.",
            decided: Build.day("2026-01-05"), owner: "Tom Becker", evidence: Build.attestation(line: 9))
        let posture = evaluate(Attestations(policies: [policy("integrity")], decisions: [decision]))
        let requirement = try #require(posture.requirements.first { $0.citation == "164.312(c)(2)" })

        #expect(requirement.status == .pass)
        #expect(requirement.reason == "Shown by the documented not-reasonable decision.")
    }

    @Test func failingCheckFailsRequirementAndStandard() {
        let posture = evaluate(
            Attestations(policies: [policy("access-control")]),
            results: [result("access.unique-user-id", .fail, citations: ["164.312(a)(2)(i)"])])
        let byCitation = Dictionary(uniqueKeysWithValues: posture.requirements.map { ($0.citation, $0) })

        #expect(byCitation["164.312(a)(2)(i)"]?.status == .fail)
        #expect(byCitation["164.312(a)(2)(i)"]?.checks == ["access.unique-user-id"])
        #expect(byCitation["164.312(a)(1)"]?.status == .fail)
        #expect(byCitation["164.312(a)(1)"]?.reason.contains("specification 164.312(a)(2)(i) fails") == true)
    }

    @Test func passingCheckWithPolicyPasses() {
        let posture = evaluate(
            Attestations(policies: [policy("person-authentication")]),
            results: [result("auth.mfa-coverage", .pass, citations: ["164.312(d)"])])

        #expect(posture.requirements.first { $0.citation == "164.312(d)" }?.status == .pass)
    }

    @Test func riskAnalysisRecordDocumentsRiskAnalysis() throws {
        let analysis = RiskAnalysisRecord(
            performed: Build.day("2026-06-01"), document: "documents/ra.md", documentExists: true,
            evidence: Build.attestation(line: 2))
        let check = result("risk.analysis-current", .pass, citations: ["164.308(a)(1)(ii)(A)"])
        let without = evaluate(Attestations(), results: [check])
        let with = evaluate(Attestations(riskAnalysis: analysis), results: [check])

        let missing = try #require(without.requirements.first { $0.citation == "164.308(a)(1)(ii)(A)" })
        #expect(missing.status == .insufficientEvidence)
        #expect(missing.missing.contains("the risk_analysis record in attestations.yaml"))
        #expect(with.requirements.first { $0.citation == "164.308(a)(1)(ii)(A)" }?.status == .pass)
    }

    @Test func legacyCitationAttestsTodaysRequirement() {
        let posture = evaluate(
            Attestations(policies: [policy("business-associates")], requirements: [attestation("164.308(b)(4)")]))

        #expect(posture.requirements.first { $0.citation == "164.308(b)(3)" }?.status == .pass)
    }

    @Test func scoreRoundsDownAndLeavesOutNotApplicable() {
        let requirements = [CheckStatus.pass, .pass, .fail, .notApplicable].enumerated().map { index, status in
            RequirementPosture(
                citation: "164.310(\(index))", title: "t", designation: "standard", category: .physical,
                status: status, reason: "r", lifecycle: Lifecycle())
        }
        let score = RequirementScore(category: .physical, requirements: requirements)

        #expect(score.applicable == 3)
        #expect(score.score == 66)
        #expect(RequirementScore(category: nil, requirements: [requirements[3]]).score == nil)
    }
}
