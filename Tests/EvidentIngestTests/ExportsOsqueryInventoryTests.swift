import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// osquery `os_version` and `programs` rows in the event, snapshot and batch formats of
/// `osqueryd.results.log` and `osqueryd.snapshots.log`.
@Suite("osquery os_version and programs rows")
struct ExportsOsqueryInventoryTests {
    @Test("os_version in snapshot, event and batch lines")
    func operatingSystems() throws {
        let workspace = try ExportsFixtureWorkspace()
        let lines = [
            #"{"snapshot":[{"arch":"64-bit","build":"22631","codename":"Microsoft Windows 11 Pro","install_date":"1700000000","major":"10","minor":"0","name":"Microsoft Windows 11 Pro","patch":"","platform":"windows","platform_like":"windows","revision":"4460","version":"10.0.22631"}],"action":"snapshot","name":"pack_inventory_os_version","hostIdentifier":"RFP-WS-21","calendarTime":"Sat Nov 28 09:00:00 2026 UTC","unixTime":1795856400,"epoch":0,"counter":0,"numerics":false,"decorations":{"host_uuid":"6A1F0C52-0000-4000-8000-000000000021"}}"#,
            #"{"name":"pack_inventory_os_version","hostIdentifier":"mac-07.clinic.local","calendarTime":"Sat Nov 28 09:00:05 2026 UTC","unixTime":"1795856405","epoch":"0","counter":"0","numerics":false,"columns":{"arch":"arm64","build":"23G93","codename":"Sonoma","major":"14","minor":"6","name":"macOS","patch":"1","platform":"darwin","platform_like":"darwin","version":"14.6.1"},"action":"added"}"#,
            #"{"name":"pack_inventory_os_version","hostIdentifier":"ehr-app01","calendarTime":"Sat Nov 28 09:00:07 2026 UTC","unixTime":1795856407,"epoch":0,"counter":3,"numerics":true,"diffResults":{"removed":[{"arch":"x86_64","build":"","codename":"jammy","major":22,"minor":4,"name":"Ubuntu","patch":0,"platform":"ubuntu","platform_like":"debian","version":"22.04.4 LTS (Jammy Jellyfish)"}],"added":[{"arch":"x86_64","build":"","codename":"noble","major":24,"minor":4,"name":"Ubuntu","patch":1,"platform":"ubuntu","platform_like":"debian","version":"24.04.1 LTS (Noble Numbat)"}]}}"#,
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/osqueryd.results.log")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .osqueryResults)
        #expect(scan.files.first?.records == 3)
        let reports = scan.facts.operatingSystems
        #expect(reports.map(\.device) == ["ehr-app01", "mac-07.clinic.local", "RFP-WS-21"])
        #expect(reports.map(\.operatingSystem) == ["Linux", "macOS", "Windows"])
        #expect(reports.map(\.osVersion) == ["24.04.1 LTS (Noble Numbat)", "14.6.1", "10.0.22631.4460"])
        #expect(reports.map(\.productName) == ["Ubuntu", "macOS", "Microsoft Windows 11 Pro"])
        #expect(reports.map(\.evidence.line) == [3, 2, 1])
    }

    @Test("os_version loads into the inventory")
    func operatingSystemsInInventory() throws {
        let fixture = try WorkspaceFixture.valid()
        let line =
            #"{"name":"os","hostIdentifier":"WS-02","unixTime":1795856400,"action":"added","columns":{"name":"Microsoft Windows 10 Pro","version":"10.0.19045","major":"10","minor":"0","build":"19045","platform":"windows","revision":""}}"#
        try fixture.write("evidence/osqueryd.results.log", line + "\n")

        let loaded = try WorkspaceLoader.load(at: fixture.url, today: WorkspaceFixture.today)

        let report = try #require(loaded.inventory.operatingSystems.first)
        #expect(report.osVersion == "10.0.19045", "an empty revision adds nothing")
        #expect(report.operatingSystem == "Windows")
    }

    @Test("programs keeps installed protection products only")
    func protectionPrograms() throws {
        let workspace = try ExportsFixtureWorkspace()
        let programs = [
            #"{"identifying_number":"{A1B2C3D4-0000-4000-8000-00000000CAFE}","install_date":"20261002","install_location":"","install_source":"C:\\Windows\\Temp\\","language":"1033","name":"CrowdStrike Windows Sensor","package_family_name":"","publisher":"CrowdStrike, Inc.","uninstall_string":"MsiExec.exe /X{A1B2C3D4-0000-4000-8000-00000000CAFE}","upgrade_code":"","version":"7.16.18605.0"}"#,
            #"{"identifying_number":"","install_date":"20260915","install_location":"C:\\Program Files\\Mozilla Firefox","install_source":"","language":"","name":"Mozilla Firefox (x64 en-US)","package_family_name":"","publisher":"Mozilla","uninstall_string":"\"C:\\Program Files\\Mozilla Firefox\\uninstall\\helper.exe\"","upgrade_code":"","version":"132.0.2"}"#,
            #"{"identifying_number":"{0F0E0D0C-0000-4000-8000-00000000BEEF}","install_date":"20260110","install_location":"","install_source":"","language":"1033","name":"Sophos Connect","package_family_name":"","publisher":"Sophos Limited","uninstall_string":"MsiExec.exe /X{0F0E0D0C-0000-4000-8000-00000000BEEF}","upgrade_code":"","version":"2.3.1"}"#,
        ]
        let lines = [
            #"{"snapshot":["# + programs.joined(separator: ",")
                + #"],"action":"snapshot","name":"pack_inventory_programs","hostIdentifier":"RFP-WS-21","calendarTime":"Sat Nov 28 09:00:00 2026 UTC","unixTime":1795856400,"epoch":0,"counter":0,"numerics":false,"decorations":{}}"#,
            #"{"name":"pack_inventory_programs","hostIdentifier":"RFP-WS-22","unixTime":"1795856400","epoch":"0","counter":"1","numerics":false,"columns":{"name":"Sentinel Agent","publisher":"Sentinel Labs, Inc.","version":"24.1.4.257","uninstall_string":"MsiExec.exe /X{11111111-0000-4000-8000-000000000001}","identifying_number":"{11111111-0000-4000-8000-000000000001}"},"action":"added"}"#,
            #"{"name":"pack_inventory_programs","hostIdentifier":"RFP-WS-22","unixTime":"1795860000","epoch":"0","counter":"2","numerics":false,"columns":{"name":"Sentinel Agent","publisher":"Sentinel Labs, Inc.","version":"24.1.4.257","uninstall_string":"MsiExec.exe /X{11111111-0000-4000-8000-000000000001}","identifying_number":"{11111111-0000-4000-8000-000000000001}"},"action":"removed"}"#,
            #"{"name":"pack_inventory_programs","hostIdentifier":"RFP-WS-23","unixTime":1795860000,"epoch":0,"counter":4,"numerics":false,"diffResults":{"removed":[],"added":[{"name":"ESET Endpoint Antivirus","publisher":"ESET, spol. s r.o.","version":"11.1.2039.2","uninstall_string":"MsiExec.exe /I{22222222-0000-4000-8000-000000000002}","identifying_number":"{22222222-0000-4000-8000-000000000002}"}]}}"#,
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/osqueryd.snapshots.log")

        let scan = try workspace.scan()

        let installed = scan.facts.antivirus
        #expect(installed.map(\.device) == ["RFP-WS-21", "RFP-WS-23"], "the removed Sentinel Agent is gone")
        #expect(installed.allSatisfy { $0.isInstallationOnly })
        #expect(installed.allSatisfy { $0.isEnabled == nil })
        #expect(installed.allSatisfy { $0.isUpToDate == nil })
        #expect(
            installed.first?.state
                == "programs: CrowdStrike Windows Sensor 7.16.18605.0 installed (CrowdStrike Falcon sensor)")
        #expect(installed.last?.evidence.line == 4)
    }

    @Test("programs upgrade logged added before removed")
    func programsUpgrade() throws {
        let workspace = try ExportsFixtureWorkspace()
        func line(_ action: String, _ version: String) -> String {
            #"{"name":"programs","hostIdentifier":"WS-06","unixTime":"1795856400","action":""# + action
                + #"","columns":{"name":"Sophos Endpoint Agent","publisher":"Sophos Limited","uninstall_string":"x","version":""#
                + version + #""}}"#
        }
        let lines = [line("added", "2023.2.1"), line("added", "2024.1.0"), line("removed", "2023.2.1")]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/osqueryd.results.log")

        let scan = try workspace.scan()

        #expect(
            scan.facts.antivirus.map(\.state) == [
                "programs: Sophos Endpoint Agent 2024.1.0 installed (Sophos endpoint protection)"
            ])
    }

    @Test("programs snapshot replaces the host's earlier products")
    func programsSnapshotReplaces() throws {
        let workspace = try ExportsFixtureWorkspace()
        let crowdStrike =
            #"{"name":"CrowdStrike Windows Sensor","publisher":"CrowdStrike, Inc.","version":"7.16.18605.0","uninstall_string":"MsiExec.exe /X{A}"}"#
        let notepad =
            #"{"name":"Notepad++ (64-bit x64)","publisher":"Notepad++ Team","version":"8.7","uninstall_string":"C:\\Program Files\\Notepad++\\uninstall.exe"}"#
        let lines = [
            #"{"name":"programs","hostIdentifier":"WS-05","action":"snapshot","unixTime":1795856400,"snapshot":["#
                + crowdStrike
                + "]}",
            #"{"name":"programs","hostIdentifier":"WS-05","action":"snapshot","unixTime":1795942800,"snapshot":["#
                + notepad
                + "]}",
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/osqueryd.snapshots.log")

        let scan = try workspace.scan()

        #expect(scan.facts.antivirus.isEmpty, "the later snapshot no longer lists the sensor")
    }

    @Test(
        "protection product names",
        arguments: [
            ("Microsoft Defender for Endpoint", "Microsoft Defender for Endpoint"),
            ("Sophos Endpoint Agent", "Sophos endpoint protection"),
            ("Bitdefender Endpoint Security Tools", "Bitdefender"),
            ("Trend Micro Apex One Security Agent", "Trend Micro"),
            ("Symantec Endpoint Protection", "Symantec Endpoint Protection"),
            ("Malwarebytes version 4.6.14.326", "Malwarebytes"),
            ("Webroot SecureAnywhere", "Webroot SecureAnywhere"),
        ])
    func productNames(program: String, product: String) {
        #expect(EndpointProtectionProducts.product(named: program) == product)
    }

    @Test(
        "other programs of protection vendors", arguments: ["Sophos Connect", "ESET Management Agent", "7-Zip 24.08"])
    func otherPrograms(program: String) {
        #expect(EndpointProtectionProducts.product(named: program) == nil)
    }
}
