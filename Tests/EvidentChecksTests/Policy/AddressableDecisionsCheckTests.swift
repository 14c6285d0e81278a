import EvidentCatalog
import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct AddressableDecisionsCheckTests {
    typealias Build = InventoryBuilder
    let check = AddressableDecisionsCheck()
    let specifications = SecurityRuleCatalog.shipped.addressableSpecifications

    func decisions(
        _ kind: AddressableDecision.Kind = .implemented, rationale: String? = nil, owner: String? = "Carol Jensen",
        decided: CalendarDay? = InventoryBuilder.day("2024-03-15")
    ) -> [AddressableDecision] {
        specifications.enumerated().map { index, specification in
            AddressableDecision(
                citation: "45 CFR " + specification.citation, decision: kind, rationale: rationale, decided: decided,
                owner: owner, evidence: Build.attestation(line: 50 + index))
        }
    }

    @Test func catalogHasTwentyTwoAddressableSpecifications() {
        #expect(specifications.count == 22)
    }

    @Test func everyDecisionRecordedPasses() {
        let result = evaluate(check, Inventory(attestations: Attestations(decisions: decisions())))

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 22 addressable specifications: no findings.")
    }

    @Test func noDecisionsGivesOneFindingPerSpecification() throws {
        let result = evaluate(check, Inventory())

        let finding = try #require(result.findings.first { $0.subject.id == "164.312(a)(2)(iv)" })
        #expect(result.findings.count == 22)
        #expect(finding.subject.kind == .citation)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("Encryption and decryption"))
        #expect(!result.lifecycle.documented)
    }

    @Test func alternativeWithoutRationaleIsHigh() {
        let result = evaluate(check, Inventory(attestations: Attestations(decisions: decisions(.alternative))))

        #expect(result.findings.count == 22)
        #expect(result.findings.allSatisfy { $0.severity == .high })
    }

    @Test func notReasonableWithRationalePasses() {
        let recorded = decisions(.notReasonable, rationale: "Paper records only; covered by locks.")

        #expect(evaluate(check, Inventory(attestations: Attestations(decisions: recorded))).status == .pass)
    }

    @Test func notReasonableWithoutOwnerOrDateFails() throws {
        let recorded = decisions(.notReasonable, rationale: "Paper records only.", owner: nil, decided: nil)

        let result = evaluate(check, Inventory(attestations: Attestations(decisions: recorded)))

        let finding = try #require(result.findings.first { $0.subject.id == "164.312(c)(2)" })
        #expect(result.status == .fail)
        #expect(result.findings.count == 22)
        #expect(finding.severity == .medium)
        #expect(finding.message.hasSuffix("has no owner and decided date."))
    }

    @Test func implementedNeedsNoOwnerOrDate() {
        let recorded = decisions(owner: nil, decided: nil)

        #expect(evaluate(check, Inventory(attestations: Attestations(decisions: recorded))).status == .pass)
    }

    @Test func decisionOnRequiredSpecificationWarns() throws {
        let extra = AddressableDecision(
            citation: "164.308(a)(1)(ii)(A)", decision: .implemented, evidence: Build.attestation(line: 90))

        let result = evaluate(check, Inventory(attestations: Attestations(decisions: decisions() + [extra])))

        let finding = try #require(result.findings.first)
        #expect(result.status == .pass)
        #expect(finding.kind == .warning)
        #expect(finding.message.contains("a required specification (Risk analysis)"))
    }
}
