import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// CSV exports whose last record was cut between two fields: the download or copy stopped outside a
/// quoted field, so only the missing fields and the missing final line break show it.
@Suite("CSV exports cut between fields")
struct ExportsCutRecordTests {
    private static let header = "\"Device ID\",\"Device name\",\"Last check-in\",\"Encrypted\""

    private static func row(_ number: Int) -> String {
        "\"\(number)\",\"WS-0\(number)\",\"2026-11-29 08:00:00.0000000\",\"True\""
    }

    @Test func lastRecordCutIsPartial() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = [Self.header, Self.row(1), Self.row(2), "\"3\",\"WS-03\","].joined(separator: "\r\n")
        try workspace.writeUTF8(text, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .intuneDevices)
        #expect(file.records == 2)
        #expect(file.partialReason?.contains("on line 4, has 3 of 4 fields") == true)
        #expect(scan.devices.map(\.name) == ["WS-01", "WS-02"])
    }

    @Test func wholeLastRecordWithoutLineBreakIsWhole() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = [Self.header, Self.row(1), Self.row(2), Self.row(3)].joined(separator: "\r\n")
        try workspace.writeUTF8(text, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.records == 3)
        #expect(file.partialReason == nil)
    }

    @Test func shortLastRecordEndedByLineBreakIsWhole() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = [Self.header, Self.row(1), Self.row(2), "\"3\",\"WS-03\""].joined(separator: "\r\n") + "\r\n"
        try workspace.writeUTF8(text, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.records == 3)
        #expect(scan.files.first?.partialReason == nil)
    }
}
