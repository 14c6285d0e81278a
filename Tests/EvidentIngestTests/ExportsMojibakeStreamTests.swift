import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// Mojibake whose first case lies past the 64 KiB head, in the exports read by streaming their bytes.
@Suite("Mojibake past the head of streamed CSV exports")
struct ExportsMojibakeStreamTests {
    /// Returns text as Excel saves a BOM-less UTF-8 file it read as Windows-1252: each UTF-8 byte
    /// becomes the Windows-1252 character of that byte, written as UTF-8 again.
    static func doubleEncoded(_ text: String) -> String {
        let high: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in text.utf8 {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Returns an Intune export with enough ASCII devices to push the last rows past 64 KiB.
    static func intuneExport(lastRows: [String]) -> String {
        var lines = ["Device ID,Device name,OS,Last check-in,Encrypted"]
        for number in 1...1_500 {
            lines.append("id-\(number),RFP-WS-\(number),Windows,2026-11-28 08:00:00.0000000,True")
        }
        lines += lastRows
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test("Intune export repaired past 64 KiB")
    func intuneRepaired() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = Self.intuneExport(lastRows: [
            "id-9001,Réception-01,Windows,2026-11-28 08:00:00.0000000,True",
            "id-9002,Zoë’s iPad,iPadOS,2026-11-28 08:00:00.0000000,False",
        ])
        let bytes = Array(Self.doubleEncoded(text).utf8)
        #expect(bytes.firstIndex(of: 0xC3)! > UTF8Input.sniffLength, "the first mojibake lies past the head")
        try workspace.write(bytes, to: "evidence/DevicesWithInventory.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .intuneDevices)
        #expect(file.records == 1_502)
        #expect(scan.devices.suffix(2).map(\.name) == ["Réception-01", "Zoë’s iPad"])
        #expect(file.warnings.contains { $0.contains("mojibake") })
    }

    @Test("correct UTF-8 past 64 KiB left as is")
    func correctTextKept() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = Self.intuneExport(lastRows: ["id-9001,Café’s kiosk,Windows,2026-11-28 08:00:00.0000000,True"])
        try workspace.writeUTF8(text, to: "evidence/DevicesWithInventory.csv")

        let scan = try workspace.scan()

        #expect(scan.devices.last?.name == "Café’s kiosk", "é’ matches the pattern but is not mojibake")
        #expect(scan.files.first?.warnings.contains { $0.contains("mojibake") } == false)
    }

    @Test("sign-in log repaired past 64 KiB")
    func signInLogRepaired() throws {
        let workspace = try ExportsFixtureWorkspace()
        var rows = [ExportsEntraSignInTests.portalHeader]
        for _ in 1...300 {
            rows.append(
                ExportsEntraSignInTests.portalRow(
                    "2026-11-20T08:00:00Z", "ann@clinic.example", status: "Success",
                    requirement: "Single-factor authentication"))
        }
        rows.append(
            ExportsEntraSignInTests.portalRow(
                "2026-11-21T08:00:00Z", "josé@clinic.example", status: "Success",
                requirement: "Single-factor authentication"))
        let bytes = Array(Self.doubleEncoded(rows.joined(separator: "\r\n") + "\r\n").utf8)
        #expect(bytes.firstIndex(of: 0xC3)! > UTF8Input.sniffLength)
        try workspace.write(bytes, to: "evidence/InteractiveSignIns_2026.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .entraSignInsCSV)
        #expect(scan.facts.signInSummaries.map(\.userPrincipalName).contains("josé@clinic.example"))
        #expect(scan.files.first?.warnings.contains { $0.contains("mojibake") } == true)
    }

    @Test("layout of UTF-8, BOM, mojibake and UTF-16 bytes")
    func layout() {
        let plain = Array(Self.intuneExport(lastRows: []).utf8)
        let mojibake = Array(Self.doubleEncoded(Self.intuneExport(lastRows: ["9,Réception-01,Windows,,True"])).utf8)
        let utf16: [UInt8] = [0xFF, 0xFE] + "a,b\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

        guard case .inPlace(let offset) = UTF8Input.layout(of: plain) else {
            Issue.record("plain UTF-8 is read in place")
            return
        }
        #expect(offset == 0)
        guard case .inPlace(let afterMark) = UTF8Input.layout(of: [0xEF, 0xBB, 0xBF] + plain) else {
            Issue.record("UTF-8 with a byte order mark is read in place")
            return
        }
        #expect(afterMark == 3)
        #expect(UTF8Input.layout(of: mojibake).repairedMojibake)
        guard case .decoded(let decoded) = UTF8Input.layout(of: utf16) else {
            Issue.record("UTF-16 is decoded")
            return
        }
        #expect(decoded.text == "a,b\n")
    }

    @Test(
        "signature of double-encoded bytes",
        arguments: [
            ("JosÃ©", true), ("José", false), ("plain ASCII", false), ("â€™", true), ("Ã", false), ("ï»¿", true),
            ("Ã¢â‚¬â„¢", true),
        ])
    func signature(text: String, appears: Bool) {
        let bytes = Array(text.utf8)

        let found = bytes.withUnsafeBufferPointer { MojibakeSignature.appears(in: $0) }

        #expect(found == appears)
    }
}
