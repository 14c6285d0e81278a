import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

/// Operating systems that the device export and osquery's `os_version` report differently.
@Suite struct StaleCheckInOperatingSystemTests {
    typealias Build = InventoryBuilder
    let check = StaleCheckInCheck()

    private func inventory(exported: (String, String), reported: (String, String)) -> Inventory {
        var device = Build.device("WS-07")
        device.operatingSystem = exported.0
        device.osVersion = exported.1
        var inventory = Inventory(
            devices: [device], evidenceFiles: [Build.evidenceFile("evidence/intune.csv", .intuneDevices)])
        inventory.operatingSystems = [
            OperatingSystemReport(
                device: "ws-07.clinic.local", operatingSystem: reported.0, osVersion: reported.1,
                productName: "Microsoft Windows 11 Pro",
                evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 4))
        ]
        return inventory
    }

    @Test func versionConflictIsWarning() throws {
        let result = evaluate(
            check, inventory(exported: ("Windows", "10.0.19045.5011"), reported: ("Windows", "10.0.22631.4460")))

        let warning = try #require(result.findings(.warning).first)
        #expect(result.findings.count == 1)
        #expect(warning.severity == .low)
        #expect(warning.subject == Subject(kind: .device, id: "WS-07"))
        #expect(
            warning.message
                == "Sources disagree on WS-07: the device export reports Windows 10.0.19045.5011, but the device's "
                + "own output shows Microsoft Windows 11 Pro 10.0.22631.4460. The device's output is used.")
        #expect(warning.evidence.map(\.path) == ["evidence/intune-devices.csv", "evidence/osqueryd.results.log"])
        #expect(result.status == .pass, "a warning does not fail the check")
    }

    @Test func agreeingSourcesAreQuiet() {
        let result = evaluate(
            check, inventory(exported: ("Windows", "10.0.22631.4460"), reported: ("Windows", "10.0.22631")))

        #expect(result.findings.isEmpty)
    }
}
