import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("IntuneDeviceImporter")
struct ExportsIntuneTests {
    /// The 48 columns of the portal's `DevicesWithInventory_*.csv`, in order.
    static let columns = [
        "Device ID", "Device name", "Enrollment date", "Last check-in", "Azure AD Device ID", "OS version",
        "Azure AD registered", "EAS activation ID", "Serial number", "Manufacturer", "Model", "EAS activated", "IMEI",
        "Last EAS sync time", "EAS reason", "EAS status", "Compliance grace period expiration", "Security patch level",
        "Wi-Fi MAC", "MEID", "Subscriber carrier", "Total storage", "Free storage", "Management name", "Category",
        "UserId", "Primary user UPN", "Primary user email address", "Primary user display name", "WiFiIPv4Address",
        "WiFiSubnetID", "Compliance", "Managed by", "Ownership", "Device state", "Intune registered", "Supervised",
        "Encrypted", "OS", "SkuFamily", "JoinType", "Phone number", "Jailbroken", "ICCID", "EthernetMAC",
        "CellularTechnology", "ProcessorArchitecture", "EID",
    ]

    /// Returns one line with every field double-quoted, as the portal writes it.
    static func line(_ values: [String]) -> String {
        values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
    }

    /// Returns a row with typical values, overridden by `values`.
    static func row(_ values: [String: String]) -> String {
        let defaults: [String: String] = [
            "Enrollment date": "2021-03-17 09:02:03.2271900",
            "Last EAS sync time": "0001-01-01 00:00:00.0000000",
            "Compliance grace period expiration": "9999-12-31 23:59:59.9999999",
            "Azure AD registered": "True", "EAS activated": "False", "Manufacturer": "Contoso",
            "Wi-Fi MAC": "A0B1C2D3E4F5,A0B1C2D3E4F6", "Total storage": "243200", "Free storage": "120034",
            "Management name": "Alex.Moreau_Windows_3/17/2021_9:02 AM", "Compliance": "Compliant",
            "Managed by": "Intune", "Ownership": "Corporate", "Device state": "Managed", "Intune registered": "True",
            "Supervised": "False", "OS": "Windows", "JoinType": "Hybrid Azure AD joined", "Jailbroken": "Unknown",
            "ProcessorArchitecture": "9", "OS version": "10.0.19045.4529",
        ]
        return line(columns.map { values[$0] ?? defaults[$0] ?? "" })
    }

    static let export: String = {
        let rows = [
            line(columns),
            row([
                "Device ID": "11111111-aaaa-4bbb-8ccc-000000000001", "Device name": "CLINIC-PC-01",
                "Last check-in": "2025-03-10 09:02:03.2271900", "Serial number": "SN-0001",
                "Primary user UPN": "alex.moreau@riverside.example", "Encrypted": "True",
            ]),
            row([
                "Device ID": "11111111-aaaa-4bbb-8ccc-000000000002", "Device name": "FRONTDESK-Örnberg",
                "Last check-in": "0001-01-01 00:00:00.0000000", "Encrypted": "False", "Compliance": "Noncompliant",
            ]),
            row([
                "Device ID": "11111111-aaaa-4bbb-8ccc-000000000003", "Device name": "LAB-IPAD-7",
                "Last check-in": "9999-12-31 23:59:59.9999999", "Encrypted": "", "OS": "iPadOS",
            ]),
            row([
                "Device ID": "11111111-aaaa-4bbb-8ccc-000000000004", "Device name": "EXAM-PC-04",
                "Last check-in": "last Tuesday", "Encrypted": "Maybe",
            ]),
            row(["Device ID": "11111111-aaaa-4bbb-8ccc-000000000005", "Device name": ""]),
            row([
                "Device ID": "11111111-aaaa-4bbb-8ccc-000000000006", "Device name": "BILLING-PC-02",
                "Last check-in": "2025-02-01 17:45:10.0000001", "Encrypted": "True",
            ]),
        ]
        return rows.joined(separator: "\r\n") + "\r\n"
    }()

    @Test("portal export with BOM and sentinels")
    func portalExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.export, to: "evidence/DevicesWithInventory_0d7c.csv", byteOrderMark: true)
        #expect(Self.columns.count == 48)

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/DevicesWithInventory_0d7c.csv", in: scan))
        #expect(file.format == .intuneDevices)
        #expect(file.error == nil)
        #expect(file.records == 6)
        try #require(
            scan.devices.map(\.name) == [
                "CLINIC-PC-01", "FRONTDESK-Örnberg", "LAB-IPAD-7", "EXAM-PC-04", "BILLING-PC-02",
            ])
        #expect(scan.devices.map(\.isEncrypted) == [true, false, nil, nil, true])

        let first = scan.devices[0]
        #expect(first.deviceID == "11111111-aaaa-4bbb-8ccc-000000000001")
        #expect(first.serialNumber == "SN-0001")
        #expect(first.primaryUser == "alex.moreau@riverside.example")
        #expect(first.operatingSystem == "Windows")
        #expect(first.complianceState == "Compliant")
        #expect(first.evidence == EvidenceReference(path: "evidence/DevicesWithInventory_0d7c.csv", line: 2))
        let checkIn = try #require(first.lastCheckIn)
        #expect(abs(checkIn.timeIntervalSince(ExportsFixtureDate.utc(2025, 3, 10, 9, 2, 3.22719))) < 1e-5)
        #expect(scan.devices[1].lastCheckIn == nil)
        #expect(scan.devices[2].lastCheckIn == nil)
        #expect(scan.devices[3].lastCheckIn == nil)

        let range = try #require(file.dateRange)
        #expect(abs(range.earliest.timeIntervalSince(ExportsFixtureDate.utc(2025, 2, 1, 17, 45, 10))) < 1e-5)
        #expect(range.latest == checkIn)
    }

    @Test("bad values are warnings with line and value")
    func badValueWarnings() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.export, to: "evidence/devices.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        let warnings = try #require(ExportsFixtureWorkspace.file("evidence/devices.csv", in: scan)).warnings
        #expect(warnings.contains { $0.hasPrefix("line 5:") && $0.contains("'Maybe'") })
        #expect(warnings.contains { $0.hasPrefix("line 5:") && $0.contains("'last Tuesday'") })
        #expect(warnings.contains { $0.hasPrefix("line 6:") && $0.contains("without a device name") })
        #expect(warnings.count == 3)
    }

    @Test("Graph managedDevice spellings")
    func graphSpellings() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            id,deviceName,operatingSystem,osVersion,userPrincipalName,isEncrypted,lastSyncDateTime,complianceState
            d-1,MAC-01,macOS,14.5,sam.lee@riverside.example,false,2025-03-01T10:00:00Z,noncompliant
            """
        try workspace.writeUTF8(text, to: "evidence/managedDevices.csv")

        let scan = try workspace.scan()

        let device = try #require(scan.devices.first)
        #expect(device.name == "MAC-01")
        #expect(device.isEncrypted == false)
        #expect(device.lastCheckIn == ExportsFixtureDate.utc(2025, 3, 1, 10))
        #expect(device.primaryUser == "sam.lee@riverside.example")
        #expect(device.complianceState == "noncompliant")
    }

    @Test("Log Analytics spellings")
    func logAnalyticsSpellings() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            DeviceName,EncryptionStatusString,LastContact,CompliantState,OS
            WS-22,True,2025-03-02 08:00:00.0000000,Compliant,Windows
            """
        try workspace.writeUTF8(text, to: "evidence/IntuneDevices.csv")

        let scan = try workspace.scan()

        let device = try #require(scan.devices.first)
        #expect(device.isEncrypted == true)
        #expect(device.lastCheckIn == ExportsFixtureDate.utc(2025, 3, 2, 8))
        #expect(device.complianceState == "Compliant")
    }
}
