import EvidentCore
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentRisk

/// A small catalog with fixed ratings, so each expected level can be worked out by hand.
enum TestCatalog {
    static let json = """
        {"name": "test", "version": 7, "method": "m", "rating_note": "n", "threats": [
          {"id": "ransomware", "title": "Ransomware", "description": "D", "source": "adversarial",
           "properties": ["availability"], "asset_kinds": ["system", "device-class"],
           "inherent_likelihood": "very-high", "likelihood_reason": "R",
           "impact": {"system": "very-high", "device-class": "moderate"}, "impact_reason": "R",
           "vulnerabilities": ["malware.protection-coverage", "backup.job-success"]},
          {"id": "vendor-breach", "title": "Vendor breach", "description": "D", "source": "adversarial",
           "properties": ["confidentiality"], "asset_kinds": ["vendor"],
           "inherent_likelihood": "moderate", "likelihood_reason": "R",
           "impact": {"vendor": "high"}, "impact_reason": "R", "vulnerabilities": ["vendors.baa-coverage"]}
        ]}
        """

    /// Decodes the catalog, stopping the test run if the fixed JSON above stops decoding.
    static let catalog: ThreatCatalog = {
        do {
            return try ThreatCatalog(json: Data(json.utf8), source: "test")
        } catch {
            preconditionFailure("the test catalog is invalid: \(error)")
        }
    }()
}

@Suite struct RiskAnalyzerTests {
    typealias Builder = InventoryBuilder

    func inventory() -> Inventory {
        var windows = Builder.device("WS-01")
        windows.operatingSystem = "Windows"
        var tablet = Builder.device("IPAD-01", line: 3)
        tablet.operatingSystem = "iPadOS"
        var inventory = Inventory(
            systems: [Builder.ephiSystem("ehr", hosts: ["ehr-db01"], vendor: "Acme"), Builder.ephiSystem("billing")],
            vendors: [Builder.vendor("Acme")], devices: [windows, tablet],
            evidenceFiles: [Builder.evidenceFile("evidence/intune.csv", .intuneDevices)])
        inventory.attestations.riskAnalysis = RiskAnalysisRecord(
            performed: Builder.day("2025-12-01"), performedBy: "Pat Doe", document: "risk.md", documentExists: true,
            evidence: Builder.attestation(line: 2))
        return inventory
    }

    func result(_ checkID: String, _ findings: [Finding]) -> CheckResult {
        CheckResult(
            checkID: checkID, title: checkID, status: findings.isEmpty ? .pass : .fail, citations: [],
            lifecycle: Lifecycle(), summary: "", findings: findings)
    }

    func violation(_ checkID: String, _ kind: Subject.Kind, _ id: String) -> Finding {
        Finding(checkID: checkID, severity: .high, subject: Subject(kind: kind, id: id), message: "m", remediation: "r")
    }

    func assessment(malwareFails: Bool = true) -> Assessment {
        Assessment(
            organization: Builder.settings().organization, asOf: Builder.day(Builder.asOf), profile: "p", evidence: [],
            results: [
                result(
                    "malware.protection-coverage",
                    malwareFails ? [violation("malware.protection-coverage", .device, "WS-01")] : []),
                result("backup.job-success", [violation("backup.job-success", .system, "billing")]),
                result("vendors.baa-coverage", []),
            ], posture: [])
    }

    func analyze(
        _ inventory: Inventory? = nil, assessment: Assessment? = nil, settings: WorkspaceSettings = Builder.settings()
    ) -> RiskAnalysis {
        RiskAnalyzer(catalog: TestCatalog.catalog).analyze(
            inventory ?? self.inventory(), assessment: assessment ?? self.assessment(), settings: settings,
            recordedIn: "test.db")
    }

    func entry(_ analysis: RiskAnalysis, _ id: String) throws -> RiskEntry {
        try #require(analysis.entries.first { $0.id == id })
    }

    @Test func scopeHasSystemsDeviceClassesAndVendors() {
        let keys = analyze().assets.map(\.key)

        #expect(keys == ["system:billing", "system:ehr", "device-class:ios", "device-class:windows", "vendor:Acme"])
    }

    @Test func osqueryHostsJoinDeviceClasses() throws {
        var inventory = inventory()
        inventory.operatingSystems = [
            OperatingSystemReport(
                device: "ehr-app01", operatingSystem: "Linux", osVersion: "24.04.1 LTS", productName: "Ubuntu",
                evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 2)),
            OperatingSystemReport(
                device: "IPAD-01", operatingSystem: "macOS", osVersion: "15.1", productName: "macOS",
                evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 3)),
        ]

        let assets = analyze(inventory).assets

        #expect(
            assets.map(\.key).filter { $0.hasPrefix("device-class:") } == [
                "device-class:linux", "device-class:macos", "device-class:windows",
            ])
        let linux = try #require(assets.first { $0.key == "device-class:linux" })
        #expect(linux.devices == ["ehr-app01"])
    }

    @Test func failingCheckRaisesLikelihoodWithReason() throws {
        let ehr = try entry(analyze(), "ransomware@system:ehr")

        #expect(ehr.inherentLikelihood == .veryHigh)
        #expect(ehr.residualLikelihood == .veryHigh)
        #expect(ehr.residualLevel == .veryHigh)
        #expect(ehr.factors.map(\.checkID) == ["malware.protection-coverage"])
        #expect(ehr.factors.first?.explanation == "malware.protection-coverage fails: 1 finding (device WS-01), +2")
        #expect(ehr.creditedChecks == ["backup.job-success"])
    }

    @Test func passingChecksCreditSafeguards() throws {
        let tablet = try entry(analyze(), "ransomware@device-class:ios")
        let vendor = try entry(analyze(), "vendor-breach@vendor:Acme")

        #expect(tablet.residualLikelihood == .moderate)
        #expect(tablet.residualLevel == .moderate)
        #expect(vendor.inherentLevel == .moderate)
        #expect(vendor.residualLikelihood == .veryLow)
        #expect(vendor.residualLevel == .low)
    }

    @Test func findingAboutOtherSystemDoesNotCount() throws {
        let ehr = try entry(analyze(), "ransomware@system:ehr")
        let billing = try entry(analyze(), "ransomware@system:billing")

        #expect(!ehr.factors.contains { $0.checkID == "backup.job-success" })
        #expect(billing.factors.map(\.checkID) == ["backup.job-success", "malware.protection-coverage"])
    }

    @Test func registerIsOrderedByResidualLevel() {
        let levels = analyze().entries.map(\.residualLevel.rank)

        #expect(levels == levels.sorted(by: >))
    }

    @Test func fixedEvidenceLowersResidualRisk() throws {
        let before = try entry(analyze(), "ransomware@system:ehr")
        let after = try entry(analyze(assessment: assessment(malwareFails: false)), "ransomware@system:ehr")

        #expect(before.residualLevel == .veryHigh)
        #expect(after.residualLevel == .high)
    }

    @Test func reductionCountsLevelsRemoved() {
        let reduction = analyze().riskReduction(ifFixed: "malware.protection-coverage")

        #expect(reduction.risksLowered == 1)
        #expect(reduction.levelsRemoved == 1)
        #expect(reduction.highestLevelRemoved == .veryHigh)
        #expect(reduction.risksAffected == 3)
        #expect(reduction.explanation.contains("Ransomware on system:ehr"))
    }

    /// On billing both checks raise ransomware to its inherent level, so fixing either alone lowers
    /// nothing there. Each still carries half of the one level above full credit.
    @Test func reductionSharesSaturatedRisk() {
        let reduction = analyze().riskReduction(ifFixed: "backup.job-success")

        #expect(reduction.levelsRemoved == 0)
        #expect(reduction.risksAffected == 1)
        #expect(reduction.levelsAttributed == 0.5)
        #expect(reduction.explanation.contains("alone lowers no residual risk level"))
    }

    @Test func reductionOfPassingCheckIsZero() {
        let reduction = analyze().riskReduction(ifFixed: "vendors.baa-coverage")

        #expect(reduction.levelsRemoved == 0)
        #expect(reduction.highestLevelRemoved == nil)
    }

    @Test func missingCheckResultCountsAsNotAssessed() throws {
        var partial = assessment()
        partial.results.removeAll { $0.checkID == "vendors.baa-coverage" }

        let analysis = analyze(assessment: partial)
        let vendor = try entry(analysis, "vendor-breach@vendor:Acme")

        #expect(vendor.factors.first?.outcome == .notAssessed)
        #expect(analysis.missingElements == [.currentMeasures])
    }

    @Test func largeBreachRaisesConfidentialityImpact() throws {
        var settings = Builder.settings()
        settings.risk.individuals = 1200

        let vendor = try entry(analyze(settings: settings), "vendor-breach@vendor:Acme")
        let ransomware = try entry(analyze(settings: settings), "ransomware@system:ehr")

        #expect(vendor.impact == .veryHigh)
        #expect(ransomware.impact == .veryHigh)
        #expect(vendor.impactReason.contains("1200 individuals"))
    }

    @Test func analysisWithEveryElementIsComplete() {
        let analysis = analyze()

        #expect(analysis.isComplete)
        #expect(analysis.elements.count == 9)
    }

    @Test func firstAnalysisLacksPeriodicReview() {
        var inventory = inventory()
        inventory.attestations.riskAnalysis = nil

        let analysis = RiskAnalyzer(catalog: TestCatalog.catalog).analyze(
            inventory, assessment: assessment(), settings: Builder.settings())

        #expect(!analysis.isComplete)
        #expect(analysis.missingElements == [.documentation, .periodicReview])
    }

    @Test func treatmentsAreMatchedAndExpiryReported() throws {
        var inventory = inventory()
        let accepted = RiskTreatment(
            threat: "ransomware", asset: "system:billing", kind: .accept, owner: "Pat Doe", approver: "Lee Park",
            expires: Builder.day("2026-10-01"), evidence: Builder.attestation(line: 40))
        let misspelled = RiskTreatment(
            threat: "ransomware", asset: "system:billng", kind: .mitigate, owner: "Pat Doe", approver: "Lee Park",
            due: Builder.day("2027-01-31"), evidence: Builder.attestation(line: 50))
        inventory.attestations.riskTreatments = [accepted, misspelled]

        let analysis = analyze(inventory)

        #expect(try entry(analysis, "ransomware@system:billing").treatment == accepted)
        #expect(analysis.expiredAcceptances == [accepted])
        #expect(analysis.unmatchedTreatments == [misspelled])
    }

    @Test func heatMapCountsEveryRisk() {
        let analysis = analyze()
        let counts = analysis.heatMap()

        #expect(counts.flatMap { $0 }.reduce(0, +) == analysis.entries.count)
        #expect(counts[RiskLevel.veryHigh.rank][RiskLevel.veryHigh.rank] == 2)
    }

    @Test func storedFormKeepsLevels() {
        let stored = analyze().stored()

        #expect(stored.isComplete)
        #expect(stored.catalogVersion == 7)
        #expect(stored.risks.first?.residualLevel == .veryHigh)
    }
}
