import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Defender portal device inventory")
struct ExportsDefenderInventoryTests {
    /// The portal's export with its default columns and Antivirus status added; made-up devices.
    static let header =
        "\"Device Id\",\"Device Name\",\"Domain\",\"First Seen\",\"Last device update\",\"OS Platform\","
        + "\"Windows version\",\"Risk Level\",\"Exposure Level\",\"Sensor health state\",\"Onboarding status\","
        + "\"Antivirus status\",\"Tags\",\"Managed by\""

    static func row(_ name: String, onboarding: String, antivirus: String, health: String = "Active") -> String {
        "\"0a1b\",\"\(name)\",\"clinic.local\",\"2025-03-01T08:00:00Z\",\"2026-11-29T07:12:44Z\",\"Windows11\","
            + "\"23H2\",\"Low\",\"Medium\",\"\(health)\",\"\(onboarding)\",\"\(antivirus)\",\"\",\"Intune\""
    }

    @Test("antivirus and onboarding states")
    func states() throws {
        let workspace = try ExportsFixtureWorkspace()
        let rows = [
            Self.header,
            Self.row("ws-01.clinic.local", onboarding: "Onboarded", antivirus: "Updated"),
            Self.row("ws-02.clinic.local", onboarding: "Onboarded", antivirus: "Not updated"),
            Self.row("ws-03.clinic.local", onboarding: "Onboarded", antivirus: "Disabled"),
            Self.row("printer-01", onboarding: "Can be onboarded", antivirus: "", health: ""),
            Self.row("ws-04.clinic.local", onboarding: "Onboarded", antivirus: "Snoozed"),
        ]
        try workspace.writeUTF8(
            rows.joined(separator: "\r\n") + "\r\n", to: "evidence/devices.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .defenderDeviceInventoryCSV)
        #expect(file.records == 5)
        #expect(file.warnings.contains { $0.contains("'Snoozed'") })
        let states = scan.facts.antivirus
        #expect(
            states.map(\.device) == [
                "ws-01.clinic.local", "ws-02.clinic.local", "ws-03.clinic.local", "printer-01", "ws-04.clinic.local",
            ])
        #expect(states.map(\.isEnabled) == [true, true, false, nil, nil])
        #expect(states.map(\.isUpToDate) == [true, false, nil, nil, nil])
        #expect(states.map(\.isReportedByConsole) == [true, true, true, true, true])
        #expect(states[3].state.contains("Can be onboarded"))
        #expect(states[1].state == "antivirus Not updated, onboarding Onboarded in the Defender portal")
        #expect(file.dateRange != nil)
    }

    @Test("export without Antivirus status warns")
    func missingAntivirusColumn() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = "Device Name,Onboarding status,Sensor health state\nws-01,Onboarded,Active\n"
        try workspace.writeUTF8(text, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .defenderDeviceInventoryCSV)
        #expect(scan.files.first?.warnings.first?.contains("no Antivirus status column") == true)
        #expect(scan.facts.antivirus.first?.isEnabled == nil)
    }
}
