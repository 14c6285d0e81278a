import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct BAACoverageCheckTests {
    typealias Build = InventoryBuilder
    let check = BAACoverageCheck()

    @Test func signedStoredBAAPasses() {
        let result = evaluate(check, Inventory(vendors: [Build.vendor("Acme Hosting", expires: "2027-06-30")]))

        #expect(result.status == .pass)
        #expect(result.findings.isEmpty)
    }

    @Test func unsignedBAAIsCritical() throws {
        let finding = try #require(
            evaluate(check, Inventory(vendors: [Build.vendor("Acme Hosting", signed: false, line: 5)])).findings.first)

        #expect(finding.severity == .critical)
        #expect(finding.subject == Subject(kind: .vendor, id: "Acme Hosting"))
        #expect(finding.touchesEPHI)
        #expect(finding.evidence == [EvidenceReference(path: "inventory/vendors.csv", line: 5)])
    }

    @Test func expiredBAAIsHigh() throws {
        let finding = try #require(
            evaluate(check, Inventory(vendors: [Build.vendor("Acme Hosting", expires: "2026-11-29")])).findings.first)

        #expect(finding.kind == .violation)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("expired on 2026-11-29 (1 day ago)"))
    }

    @Test func expiryOnAsOfAndAtWarningLimitWarn() {
        let result = evaluate(
            check,
            Inventory(vendors: [
                Build.vendor("Acme", expires: "2026-11-30"), Build.vendor("Birch Labs", expires: "2027-01-29"),
            ])
        )

        #expect(result.status == .pass)
        #expect(result.findings(.warning).count == 2)
        #expect(result.findings.allSatisfy { $0.severity == .low })
    }

    @Test func expiryOneDayBeyondWarningLimitPasses() {
        let result = evaluate(check, Inventory(vendors: [Build.vendor("Acme", expires: "2027-01-30")]))

        #expect(result.findings.isEmpty)
    }

    @Test func missingDocumentIsMissingEvidence() {
        let result = evaluate(
            check,
            Inventory(vendors: [Build.vendor("Acme", documentExists: false), Build.vendor("Birch Labs", document: nil)])
        )

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings(.missingEvidence).count == 2)
        #expect(result.findings.allSatisfy { $0.severity == .medium })
    }

    @Test func vendorsWithoutEPHIAreOutOfScope() {
        let result = evaluate(
            check, Inventory(vendors: [Build.vendor("Paper Supply", ephiAccess: false, signed: false)]))

        #expect(result.status == .notApplicable)
    }

    @Test func ePHISystemVendorMissingFromRegister() throws {
        let inventory = Inventory(
            systems: [Build.ephiSystem(vendor: "Cloud EHR Inc"), Build.ephiSystem("pacs", vendor: " acme ")],
            vendors: [Build.vendor("Acme")])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.kind == .missingEvidence)
        #expect(finding.subject == Subject(kind: .vendor, id: "Cloud EHR Inc"))
    }
}
