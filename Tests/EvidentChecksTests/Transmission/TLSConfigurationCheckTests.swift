import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct TLSConfigurationCheckTests {
    typealias Build = InventoryBuilder
    let check = TLSConfigurationCheck()

    private func inventory(_ endpoints: [TLSEndpoint], systems: [InformationSystem] = []) -> Inventory {
        var inventory = Inventory(
            systems: systems, evidenceFiles: [Build.evidenceFile("evidence/testssl.json", .testsslJSON)])
        inventory.tlsEndpoints = endpoints
        return inventory
    }

    private func endpoint(
        _ host: String = "portal.clinic.example", protocols: [TLSProtocolVersion] = [.tls12, .tls13],
        weak: [String] = [], notAfter: String? = "2027-06-01T00:00:00Z", problem: String? = nil
    ) -> TLSEndpoint {
        TLSEndpoint(
            host: host, port: 443, protocols: protocols, weakCiphers: weak,
            certificateNotAfter: notAfter.map(Build.instant), scanProblem: problem,
            evidence: EvidenceReference(path: "evidence/testssl.json", line: 2))
    }

    @Test func modernEndpointPasses() {
        #expect(evaluate(check, inventory([endpoint()])).status == .pass)
    }

    @Test func oldProtocolOnEPHIHostIsHigh() throws {
        let system = Build.ephiSystem("portal", hosts: ["portal.clinic.example"])

        let result = evaluate(check, inventory([endpoint(protocols: [.tls10, .tls12])], systems: [system]))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("accepts TLS 1.0, below the TLS 1.2 minimum"))
        #expect(finding.subject.id == "portal.clinic.example:443")
    }

    @Test func weakCiphersAndExpiringCertificateFail() {
        let result = evaluate(check, inventory([endpoint(weak: ["RC4"], notAfter: "2026-12-20T00:00:00Z")]))

        #expect(result.findings(.violation).count == 2)
        #expect(result.findings(.violation).allSatisfy { $0.severity == .medium })
    }

    @Test func findingsCiteTheRowOfTheirFact() throws {
        var scanned = endpoint(protocols: [.tls10, .tls12], weak: ["RC4"], notAfter: "2026-12-20T00:00:00Z")
        scanned.protocolEvidence = [
            .tls10: EvidenceReference(path: "evidence/testssl.csv", line: 3),
            .tls12: EvidenceReference(path: "evidence/testssl.csv", line: 2),
        ]
        scanned.weakCipherEvidence = ["RC4": EvidenceReference(path: "evidence/testssl.csv", line: 5)]
        scanned.certificateEvidence = EvidenceReference(path: "evidence/testssl.csv", line: 6)

        let result = evaluate(check, inventory([scanned]))

        let lines = result.findings(.violation).map { $0.evidence.compactMap(\.line) }
        #expect(lines.sorted { $0.first ?? 0 < $1.first ?? 0 } == [[3], [5], [6]])
    }

    @Test func findingWithoutFactRowCitesEndpoint() throws {
        let result = evaluate(check, inventory([endpoint(protocols: [.tls10, .tls12])]))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.evidence.map(\.line) == [2])
    }

    @Test func expiredCertificateIsHigh() throws {
        let result = evaluate(check, inventory([endpoint(notAfter: "2026-11-01T00:00:00Z")]))

        let finding = try #require(result.findings(.violation).first)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("expired at 2026-11-01T00:00:00Z"))
    }

    @Test func expiryWindowIsConfigurable() {
        var thresholds = Thresholds()
        thresholds.tlsCertificateExpiryDays = 10
        let inventory = inventory([endpoint(notAfter: "2026-12-20T00:00:00Z")])

        #expect(evaluate(check, inventory, settings: Build.settings(thresholds: thresholds)).status == .pass)
    }

    @Test func incompleteScanIsMissingEvidence() {
        let result = evaluate(check, inventory([endpoint(problem: "Connection rejected")]))

        #expect(result.status == .insufficientEvidence)
    }

    @Test func scanProblemEndsWithOnePeriod() throws {
        let result = evaluate(check, inventory([endpoint(problem: "Client problem, no server response.")]))

        let finding = try #require(result.findings.first)
        #expect(finding.message.hasSuffix("did not complete: Client problem, no server response."))
    }

    @Test func noScanWithTLSSystemIsMissingEvidence() {
        var system = Build.ephiSystem("ehr")
        system.transmission = ["https"]

        let result = evaluate(check, Inventory(systems: [system]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.first?.subject.id == "ehr")
    }

    @Test func noScanAndNoTLSSystemIsNotApplicable() {
        #expect(evaluate(check, Inventory()).status == .notApplicable)
    }
}

@Suite struct PartialEvidenceTests {
    @Test func partialFileMakesCheckInsufficient() throws {
        var file = InventoryBuilder.evidenceFile("evidence/testssl.json", .testsslJSON)
        file.partialReason = "the JSON breaks off after line 9"
        var inventory = Inventory(evidenceFiles: [file])
        inventory.tlsEndpoints = [
            TLSEndpoint(
                host: "a.example", port: 443, protocols: [.tls12], evidence: EvidenceReference(path: file.path, line: 2)
            )
        ]

        let result = evaluate(TLSConfigurationCheck(), inventory)

        let finding = try #require(result.findings(.missingEvidence).first)
        #expect(result.status == .insufficientEvidence)
        #expect(finding.message.contains("could be read only in part: the JSON breaks off after line 9"))
    }
}
