import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct DeviceEncryptionMergeTests {
    typealias Build = InventoryBuilder
    let check = DeviceEncryptionCheck()

    private func volume(_ device: String, _ isEncrypted: Bool?, system: Bool = true) -> DiskEncryptionStatus {
        DiskEncryptionStatus(
            device: device, volume: "C:", isSystemVolume: system, isEncrypted: isEncrypted,
            state: isEncrypted == true ? "FullyEncrypted, protection On" : "FullyDecrypted, protection Off",
            evidence: EvidenceReference(path: "evidence/\(device).json", line: 2))
    }

    private func inventory(devices: [Device], volumes: [DiskEncryptionStatus]) -> Inventory {
        var inventory = Inventory(
            devices: devices, evidenceFiles: [Build.evidenceFile("evidence/devices.csv", .intuneDevices)])
        inventory.diskEncryption = volumes
        return inventory
    }

    @Test func hostReportingOnlyItsSystemIsMissingEvidence() throws {
        var inventory = inventory(devices: [Build.device("WS-01", encrypted: true)], volumes: [volume("LAB-02", true)])
        let evidence = EvidenceReference(path: "evidence/osqueryd.results.log", line: 4)
        inventory.operatingSystems = [
            OperatingSystemReport(
                device: "LAB-03", operatingSystem: "Windows", osVersion: "10.0.22631", productName: "Windows 11 Pro",
                evidence: evidence),
            OperatingSystemReport(
                device: "LAB-02", operatingSystem: "Windows", osVersion: "10.0.22631", productName: "Windows 11 Pro",
                evidence: evidence),
        ]

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings(.missingEvidence).first)
        #expect(result.findings.count == 1)
        #expect(finding.subject == Subject(kind: .device, id: "LAB-03"))
        #expect(finding.message.contains("reports its operating system (Windows) but no encryption state"))
        #expect(finding.evidence == [evidence])
    }

    @Test func deviceOutputSettlesUnknownState() {
        let device = Build.device("WS-07", encrypted: nil)

        let result = evaluate(check, inventory(devices: [device], volumes: [volume("ws-07.clinic.local", true)]))

        #expect(result.status == .pass)
    }

    @Test func disagreementIsReportedAndDeviceOutputWins() throws {
        let device = Build.device("WS-07", encrypted: true)

        let result = evaluate(check, inventory(devices: [device], volumes: [volume("WS-07", false)]))

        let warning = try #require(result.findings(.warning).first)
        #expect(warning.message.contains("Sources disagree on WS-07"))
        let violation = try #require(result.findings(.violation).first)
        #expect(violation.message.contains("C: FullyDecrypted, protection Off"))
        #expect(violation.evidence.contains(EvidenceReference(path: "evidence/WS-07.json", line: 2)))
    }

    @Test func deviceOnlyInDirectOutputIsJudged() {
        let result = evaluate(
            check, inventory(devices: [Build.device("WS-01", encrypted: true)], volumes: [volume("MAC-02", false)]))

        #expect(result.status == .fail)
        #expect(result.findings(.violation).map(\.subject.id) == ["MAC-02"])
    }

    @Test func dataVolumesDoNotDecideWhenSystemVolumeIsKnown() {
        let volumes = [volume("WS-07", true), volume("WS-07", nil, system: false)]

        let result = evaluate(check, inventory(devices: [Build.device("WS-07", encrypted: nil)], volumes: volumes))

        #expect(result.status == .pass)
    }

    @Test func fileVaultStateIsNotRepeated() throws {
        let fileVault = DiskEncryptionStatus(
            device: "MAC-01", volume: "FileVault", isSystemVolume: true, isEncrypted: false, state: "FileVault is Off.",
            evidence: EvidenceReference(path: "evidence/MAC-01.txt", line: 1))

        let result = evaluate(
            check, inventory(devices: [Build.device("MAC-01", encrypted: true)], volumes: [fileVault]))

        let warning = try #require(result.findings(.warning).first)
        #expect(warning.message.contains("own output shows FileVault is Off. The device's output is used."))
        let violation = try #require(result.findings(.violation).first)
        #expect(violation.message.contains("Its volumes: FileVault is Off."))
        #expect(!violation.message.contains(".."))
        #expect(!violation.message.contains("FileVault FileVault"))
    }
}
