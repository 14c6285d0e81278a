import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct RiskAnalysisCheckTests {
    typealias Build = InventoryBuilder
    let check = RiskAnalysisCheck()

    func inventory(performed: String, document: String? = "docs/risk-analysis.pdf", exists: Bool = true) -> Inventory {
        let analysis = RiskAnalysisRecord(
            performed: Build.day(performed), document: document, documentExists: exists,
            evidence: Build.attestation(line: 2))
        return Inventory(attestations: Attestations(riskAnalysis: analysis))
    }

    @Test func analysisExactlyAtLimitPasses() {
        let result = evaluate(check, inventory(performed: "2025-11-30"))

        #expect(result.status == .pass)
        #expect(result.lifecycle.isComplete)
    }

    @Test func analysisOneDayBeyondLimitIsHigh() throws {
        let result = evaluate(check, inventory(performed: "2025-11-29"))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("366 days ago"))
        #expect(finding.evidence == [Build.attestation(line: 2)])
        #expect(!result.lifecycle.maintained)
    }

    /// 730 days is twice the limit and stays high, while 731 is critical.
    @Test func analysisBeyondTwiceTheLimitIsCritical() {
        #expect(evaluate(check, inventory(performed: "2024-11-30")).findings.first?.severity == .high)
        #expect(evaluate(check, inventory(performed: "2024-11-29")).findings.first?.severity == .critical)
    }

    @Test func noAnalysisIsCritical() {
        let result = evaluate(check, Inventory())

        #expect(result.status == .fail)
        #expect(result.findings.first?.severity == .critical)
        #expect(!result.lifecycle.documented)
    }

    @Test func missingDocumentIsMissingEvidence() {
        let absent = evaluate(check, inventory(performed: "2026-06-01", exists: false))
        let unrecorded = evaluate(check, inventory(performed: "2026-06-01", document: nil))

        #expect(absent.status == .insufficientEvidence)
        #expect(unrecorded.status == .insufficientEvidence)
        #expect(absent.findings.first?.message.contains("docs/risk-analysis.pdf was not found") == true)
    }
}
