import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

/// A device export that is missing, unreadable or cut short must not turn managed devices into
/// unmanaged hosts, nor let the checks that count managed devices judge fewer of them in silence.
@Suite struct IncompleteDeviceExportTests {
    typealias Build = InventoryBuilder

    private static let intunePath = "evidence/DevicesWithInventory_1.csv"

    private static func intuneFile(partial: String? = nil, error: String? = nil, skipped: Int = 0) -> EvidenceFile {
        var file = Build.evidenceFile(intunePath, .intuneDevices, error: error)
        file.partialReason = partial
        file.records = 3
        file.skippedRecords = skipped
        return file
    }

    private static let hosts = [
        Build.host("10.0.0.11", hostnames: ["exam-01.clinic.local"], line: 20),
        Build.host("10.0.0.12", hostnames: ["exam-02.clinic.local"], line: 30),
        Build.host("10.0.0.20", line: 40),
    ]

    @Test func noDeviceExportMakesHostsMissingEvidence() throws {
        let inventory = Inventory(systems: [Build.ephiSystem(hosts: ["10.0.0.20"])], scannedHosts: Self.hosts)

        let result = evaluate(UnmanagedHostsCheck(), inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings(.violation).isEmpty)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.subject == Subject(kind: .evidence, id: "intune-devices"))
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("No device management export was found"))
        #expect(finding.message.contains("10.0.0.11 (exam-01.clinic.local) and 10.0.0.12 (exam-02.clinic.local)"))
        #expect(!finding.message.contains("10.0.0.20"), "a host of a declared system is known without devices")
        #expect(finding.evidence.contains(EvidenceReference(path: "evidence/network-scan.xml", line: 20)))
    }

    @Test func zippedExportIsNamedAsUnrecognized() throws {
        var zip = Build.evidenceFile("evidence/DevicesWithInventory_1.zip", .unknown)
        zip.warnings = ["a ZIP archive (an Excel workbook or a zipped export); extract the CSV"]
        let inventory = Inventory(scannedHosts: Self.hosts, evidenceFiles: [zip])

        let finding = try #require(evaluate(UnmanagedHostsCheck(), inventory).findings.first)

        #expect(finding.kind == .missingEvidence)
        #expect(finding.message.contains("evidence/DevicesWithInventory_1.zip was not recognized as any export: a ZIP"))
    }

    @Test func partialExportMakesUnmatchedHostsMissingEvidence() throws {
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")], scannedHosts: Self.hosts,
            evidenceFiles: [Self.intuneFile(partial: "a quoted field opened on line 3 never ends")])

        let result = evaluate(UnmanagedHostsCheck(), inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.subject == Subject(kind: .evidence, id: Self.intunePath))
        #expect(finding.message.contains("could be read only in part (a quoted field opened on line 3 never ends)"))
        #expect(finding.message.contains("10.0.0.12 (exam-02.clinic.local) and 10.0.0.20"))
        #expect(!finding.message.contains("10.0.0.11"), "EXAM-01 was read, so its host is managed")
        #expect(finding.evidence.first == EvidenceReference(path: Self.intunePath))
    }

    @Test func unreadableOrSkippingExportIsNamed() throws {
        let unreadable = Inventory(
            scannedHosts: Self.hosts, evidenceFiles: [Self.intuneFile(error: "line 2 has 3 fields, the header 40")])
        let skipping = Inventory(
            devices: [Build.device("EXAM-01")], scannedHosts: Self.hosts, evidenceFiles: [Self.intuneFile(skipped: 2)])

        let unreadableFinding = try #require(evaluate(UnmanagedHostsCheck(), unreadable).findings.first)
        let skippingFinding = try #require(evaluate(UnmanagedHostsCheck(), skipping).findings.first)

        #expect(unreadableFinding.kind == .missingEvidence)
        #expect(unreadableFinding.message.contains("could not be read (line 2 has 3 fields, the header 40)"))
        #expect(skippingFinding.kind == .missingEvidence)
        #expect(skippingFinding.message.contains("left out 2 of its 3 records"))
    }

    @Test func cleartextHostKeepsHighSeverity() throws {
        let telnet = NetworkService(port: 23, transport: "tcp", name: "telnet")
        let inventory = Inventory(scannedHosts: [Build.host("10.0.0.50", services: [telnet])])

        let finding = try #require(evaluate(UnmanagedHostsCheck(), inventory).findings.first)

        #expect(finding.kind == .missingEvidence)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("10.0.0.50 exposes cleartext telnet on 23/tcp"))
    }

    @Test func completeExportStillFindsUnmanagedHosts() {
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")], scannedHosts: Self.hosts, evidenceFiles: [Self.intuneFile()])

        let result = evaluate(UnmanagedHostsCheck(), inventory)

        #expect(result.status == .fail)
        #expect(result.subjectIDs == ["10.0.0.12", "10.0.0.20"])
    }

    @Test func malwareCheckReportsMissingDeviceExport() throws {
        var inventory = Inventory(
            evidenceFiles: [Build.evidenceFile("evidence/defender.json", .defenderStatusJSON)])
        inventory.antivirus = [
            AntivirusStatus(
                device: "EXAM-01", isEnabled: true, isRealTimeProtectionOn: true,
                signaturesUpdated: Build.instant("2026-11-29T00:00:00Z"), state: "test",
                evidence: EvidenceReference(path: "evidence/defender.json", line: 2))
        ]

        let result = evaluate(MalwareProtectionCheck(), inventory)

        #expect(result.status == .insufficientEvidence)
        let finding = try #require(result.findings.first)
        #expect(finding.subject == Subject(kind: .evidence, id: "intune-devices"))
        #expect(finding.message.contains("managed devices that appear in no protection export cannot be found"))
    }

    @Test func malwareCheckReportsPartialDeviceExport() throws {
        var inventory = Inventory(
            devices: [Build.device("EXAM-01")],
            evidenceFiles: [
                Build.evidenceFile("evidence/defender.json", .defenderStatusJSON),
                Self.intuneFile(partial: "the file ends inside a quoted field"),
            ])
        inventory.antivirus = [
            AntivirusStatus(
                device: "EXAM-01", isEnabled: true, isRealTimeProtectionOn: true,
                signaturesUpdated: Build.instant("2026-11-29T00:00:00Z"), state: "test",
                evidence: EvidenceReference(path: "evidence/defender.json", line: 2))
        ]

        let result = evaluate(MalwareProtectionCheck(), inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == [Self.intunePath])
    }

    @Test func malwareCheckWithoutProtectionExportNamesPartialDeviceExport() {
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")], evidenceFiles: [Self.intuneFile(partial: "cut short")])

        let result = evaluate(MalwareProtectionCheck(), inventory)

        #expect(result.subjectIDs.contains(Self.intunePath))
        #expect(result.subjectIDs.contains("malware-protection"))
    }

    @Test func deviceChecksReportPartialExport() {
        let inventory = Inventory(
            devices: [Build.device("EXAM-01")], evidenceFiles: [Self.intuneFile(partial: "cut short")])

        for check in [StaleCheckInCheck(), DeviceEncryptionCheck()] as [any Check] {
            let result = evaluate(check, inventory)
            #expect(result.status == .insufficientEvidence, "\(check.id)")
            #expect(result.subjectIDs == [Self.intunePath], "\(check.id)")
        }
    }

    @Test func exportListingNoDeviceIsNotMissing() {
        let inventory = Inventory(evidenceFiles: [Self.intuneFile()])

        let result = evaluate(StaleCheckInCheck(), inventory)

        #expect(result.status == .notApplicable)
    }
}
