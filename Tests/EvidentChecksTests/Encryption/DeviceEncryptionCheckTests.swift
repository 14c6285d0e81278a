import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct DeviceEncryptionCheckTests {
    typealias Build = InventoryBuilder
    let check = DeviceEncryptionCheck()

    @Test func encryptedDevicesPass() {
        let result = evaluate(check, Inventory(devices: [Build.device("EXAM-01"), Build.device("EXAM-02")]))

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 2 managed devices: no findings.")
    }

    @Test func unencryptedDeviceFails() throws {
        let result = evaluate(check, Inventory(devices: [Build.device("EXAM-01", encrypted: false, line: 8)]))

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.severity == .high)
        #expect(finding.subject == Subject(kind: .device, id: "EXAM-01"))
        #expect(finding.message == "Device EXAM-01 is reported as not encrypted.")
        #expect(finding.evidence == [EvidenceReference(path: "evidence/intune-devices.csv", line: 8)])
    }

    @Test func unknownEncryptionIsMissingEvidence() throws {
        let result = evaluate(check, Inventory(devices: [Build.device("EXAM-01", encrypted: nil)]))

        let finding = try #require(result.findings.first)
        #expect(result.status == .insufficientEvidence)
        #expect(finding.severity == .medium)
    }

    @Test func staleExportIsMissingEvidence() throws {
        var file = Build.evidenceFile("evidence/intune-devices.csv", .intuneDevices)
        file.dateRange = DateRange(
            earliest: Build.instant("2026-09-01T08:00:00Z"), latest: Build.instant("2026-10-25T23:59:59Z"))
        let inventory = Inventory(devices: [Build.device("EXAM-01")], evidenceFiles: [file])

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.status == .insufficientEvidence)
        #expect(finding.subject == Subject(kind: .evidence, id: "evidence/intune-devices.csv"))
        #expect(finding.message.contains("is from 2026-10-25, 36 days before the end of 2026-11-30"))
        #expect(!result.lifecycle.maintained)
    }

    @Test func exportAtFreshnessLimitPasses() {
        var file = Build.evidenceFile("evidence/intune-devices.csv", .intuneDevices)
        file.dateRange = DateRange(
            earliest: Build.instant("2026-09-01T08:00:00Z"), latest: Build.instant("2026-10-27T00:00:00Z"))
        let inventory = Inventory(devices: [Build.device("EXAM-01")], evidenceFiles: [file])

        #expect(evaluate(check, inventory).status == .pass)
    }

    @Test func noDeviceExportIsMissingEvidence() throws {
        let result = evaluate(check, Inventory())

        let finding = try #require(result.findings.first)
        #expect(result.status == .insufficientEvidence)
        #expect(finding.subject == Subject(kind: .evidence, id: "intune-devices"))
        #expect(finding.severity == .high)
        #expect(!result.lifecycle.evidenced)
    }

    @Test func unreadableIntuneExportGivesOneFinding() {
        let inventory = Inventory(
            evidenceFiles: [Build.evidenceFile("evidence/devices.csv", .intuneDevices, error: "no header row")])

        let result = evaluate(check, inventory)

        #expect(result.subjectIDs == ["evidence/devices.csv"])
        #expect(result.status == .insufficientEvidence)
    }
}
