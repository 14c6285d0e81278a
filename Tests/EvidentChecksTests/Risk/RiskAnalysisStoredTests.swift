import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

/// `risk.analysis-current` with analyses `evident risk` stored.
@Suite struct RiskAnalysisStoredTests {
    typealias Build = InventoryBuilder
    let check = RiskAnalysisCheck()

    func stored(_ day: String, id: Int64 = 3, complete: Bool = true) -> StoredRiskAnalysis {
        StoredRiskAnalysis(
            id: id, performed: Build.day(day), isComplete: complete,
            missingElements: complete ? [] : ["periodic-review"], catalogVersion: 1, risks: [])
    }

    func inventory(attested: String?, stored analyses: [StoredRiskAnalysis]) -> Inventory {
        var inventory = Inventory()
        inventory.attestations.riskAnalysis = attested.map { day in
            RiskAnalysisRecord(
                performed: Build.day(day), document: "risk.pdf", documentExists: true,
                evidence: Build.attestation(line: 2))
        }
        inventory.riskAnalyses = analyses
        return inventory
    }

    @Test func completeStoredAnalysisPasses() {
        let result = evaluate(check, inventory(attested: nil, stored: [stored("2026-11-30")]))

        #expect(result.status == .pass)
        #expect(result.findings.isEmpty)
    }

    @Test func storedAnalysisReplacesOlderAttestation() {
        let result = evaluate(check, inventory(attested: "2025-10-06", stored: [stored("2026-11-01")]))

        #expect(result.status == .pass)
    }

    @Test func incompleteStoredAnalysisIsIgnored() {
        let result = evaluate(check, inventory(attested: nil, stored: [stored("2026-11-30", complete: false)]))

        #expect(result.status == .fail)
        #expect(result.findings.first?.severity == .critical)
    }

    @Test func storedAnalysisAfterAsOfIsIgnored() {
        let result = evaluate(check, inventory(attested: "2025-10-06", stored: [stored("2026-12-15")]))

        #expect(result.status == .fail)
        #expect(result.findings.first?.evidence == [Build.attestation(line: 2)])
    }

    @Test func oldStoredAnalysisCitesTheStore() throws {
        let result = evaluate(check, inventory(attested: nil, stored: [stored("2025-11-01", id: 9)]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.evidence == [EvidenceReference(path: ".evident/evident.db#risk-analysis-9")])
    }
}
