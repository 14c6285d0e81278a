import EvidentCore
import Testing

/// Managed devices joined to the operating systems osquery's `os_version` reports.
@Suite struct DeviceOperatingSystemsTests {
    private func device(_ name: String, _ system: String?, _ version: String?) -> Device {
        Device(
            name: name, operatingSystem: system, osVersion: version, isEncrypted: true, lastCheckIn: nil,
            evidence: EvidenceReference(path: "evidence/intune.csv", line: 2))
    }

    private func report(_ host: String, _ system: String, _ version: String?, line: Int = 1) -> OperatingSystemReport {
        OperatingSystemReport(
            device: host, operatingSystem: system, osVersion: version, productName: "\(system) product",
            evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: line))
    }

    @Test func reportFillsMissingSystem() throws {
        let joined = DeviceOperatingSystems(
            devices: [device("WS-01", nil, nil)], reports: [report("ws-01.clinic.local", "Windows", "10.0.22631.4460")])

        let merged = try #require(joined.devices.first)
        #expect(joined.devices.count == 1)
        #expect(merged.operatingSystem == "Windows")
        #expect(merged.osVersion == "10.0.22631.4460")
        #expect(merged.isEncrypted == true, "the export's other facts stay")
        #expect(joined.conflicts.isEmpty)
    }

    @Test func hostOnlyReportedBecomesDevice() throws {
        let joined = DeviceOperatingSystems(
            devices: [device("WS-01", "Windows", "10.0.22631.4460")], reports: [report("ehr-app01", "Linux", "24.04")])

        #expect(joined.devices.map(\.name) == ["WS-01", "ehr-app01"])
        let host = try #require(joined.devices.last)
        #expect(host.operatingSystem == "Linux")
        #expect(host.osVersion == "24.04")
        #expect(host.isEncrypted == nil)
        #expect(host.evidence.path == "evidence/osqueryd.results.log")
    }

    @Test func shorterVersionAgrees() {
        let joined = DeviceOperatingSystems(
            devices: [device("MAC-01", "macOS", "14.6.1 (23G93)"), device("WS-01", "Windows", "10.0.22631.4460")],
            reports: [report("MAC-01", "macOS", "14.6.1"), report("WS-01", "Windows", "10.0.22631")])

        #expect(joined.conflicts.isEmpty)
    }

    @Test func differentVersionConflicts() throws {
        let joined = DeviceOperatingSystems(
            devices: [device("WS-01", "Windows", "10.0.19045.5011")],
            reports: [report("WS-01", "Windows", "10.0.22631.4460")])

        let conflict = try #require(joined.conflicts.first)
        #expect(conflict.device.osVersion == "10.0.19045.5011")
        #expect(conflict.report.osVersion == "10.0.22631.4460")
        #expect(joined.devices.first?.osVersion == "10.0.22631.4460", "the device's own report wins")
    }

    @Test func differentFamilyConflicts() {
        let joined = DeviceOperatingSystems(
            devices: [device("FRONT-01", "Windows", nil)], reports: [report("front-01", "macOS", "15.1")])

        #expect(joined.conflicts.count == 1)
        #expect(joined.devices.first?.operatingSystem == "macOS")
    }

    @Test func lastReportWins() {
        let joined = DeviceOperatingSystems(
            devices: [], reports: [report("WS-09", "Windows", "10.0.19045"), report("WS-09", "Windows", "10.0.22631")])

        #expect(joined.devices.map(\.osVersion) == ["10.0.22631"])
    }

    @Test func familyNames() {
        #expect(DeviceOperatingSystems.family(of: "Windows") == "windows")
        #expect(DeviceOperatingSystems.family(of: "iPadOS") == "ios")
        #expect(DeviceOperatingSystems.family(of: "macOS") == "macos")
        #expect(DeviceOperatingSystems.family(of: "Linux") == "linux")
        #expect(DeviceOperatingSystems.family(of: "FreeBSD") == "other")
        #expect(DeviceOperatingSystems.family(of: nil) == "other")
    }
}
