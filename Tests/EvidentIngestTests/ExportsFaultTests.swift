import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// Faults that other tools are known to have choked on in real exports, one test each, where the
/// importer suites do not already cover them.
@Suite("Faults of real exports")
struct ExportsFaultTests {
    @Test("Intune export re-saved as UTF-16LE with a byte order mark")
    func utf16IntuneExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "\"Device ID\",\"Device name\",\"Last check-in\",\"Encrypted\"\r\n\"1\",\"WS-01\",\"2026-11-29 08:00:00.0000000\",\"True\"\r\n"
        try workspace.writeUTF16LittleEndian(text, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .intuneDevices)
        #expect(scan.devices.first?.name == "WS-01")
        #expect(scan.devices.first?.isEncrypted == true)
    }

    @Test("byte order mark stuck to the first header name")
    func byteOrderMarkInHeader() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "\"Device ID\",\"Device name\",\"Last check-in\",\"Encrypted\"\n\"7\",\"WS-07\",\"\",\"False\"\n",
            to: "evidence/devices.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        #expect(scan.devices.first?.deviceID == "7")
    }

    @Test("secedit run without elevation leaves an empty file")
    func emptySeceditExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.write([0xFF, 0xFE], to: "evidence/WS-01.inf")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .unknown)
        #expect(scan.files.first?.warnings == ["the file is empty"])
        #expect(scan.facts.endpointPolicies.isEmpty)
    }

    @Test("sign-in CSV with [object Object] status and a line break inside a field")
    func objectPlaceholdersAndLineBreaks() throws {
        let workspace = try ExportsFixtureWorkspace()
        let rows = [
            ExportsEntraSignInTests.portalHeader,
            ExportsEntraSignInTests.portalRow(
                "2026-11-20T08:00:00Z", "ann@clinic.example", status: "[object Object]", requirement: ""),
            ExportsEntraSignInTests.portalRow(
                "2026-11-21T08:00:00Z", "ann@clinic.example", status: "Failure",
                requirement: "\"Single-factor\nauthentication\""),
        ]
        try workspace.writeUTF8(rows.joined(separator: "\n"), to: "evidence/signins.csv")

        let scan = try workspace.scan()

        let ann = try #require(scan.facts.signInSummaries.first)
        #expect(ExportsFixtureWorkspace.file("evidence/signins.csv", in: scan)?.records == 2)
        #expect(ann.successfulSignIns == 0)
    }

    @Test("sign-in times in every form Azure writes them")
    func signInTimeForms() throws {
        let workspace = try ExportsFixtureWorkspace()
        let times = [
            "01/09/2007 09:41:00", "1/9/2007 9:41:00 AM", "1/9/2007 10:41:00 AM +01:00", "2007-01-09T09:41:00",
            "2007-01-09T09:41:00.22Z", "2007-01-09T09:41:00.6816663Z", "2007-01-09T09:41:00.535404056Z",
            "2007-01-09T09:41:00.992099+00:00", "2007-01-09T11:41:00+02:00",
        ]
        let lines = times.map { time in
            #"{"time": "\#(time)", "category": "SignInLogs", "resultType": "0", "properties": {"userPrincipalName": "a@x.example"}}"#
        }
        try workspace.writeUTF8(lines.joined(separator: "\n"), to: "evidence/PT1H.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.warnings.isEmpty)
        #expect(scan.facts.signInSummaries.first?.successfulSignIns == times.count)
        let latest = try #require(scan.facts.signInSummaries.first?.lastSuccessfulSignIn)
        #expect(abs(latest.timeIntervalSince(ExportsFixtureDate.utc(2007, 1, 9, 9, 41))) < 1)
    }
}

/// Inputs that fuzzing found to crash a reader, kept as regression tests.
@Suite("Fuzzing findings")
struct ExportsFuzzFindingTests {
    @Test("nmap XML with an invalid UTF-8 byte in an attribute name")
    func invalidUTF8AttributeName() throws {
        let workspace = try ExportsFixtureWorkspace()
        var bytes = Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <nmaprun scanner="nmap" start="1795900000" version="7.94">
            <host><status state="up" reason="arp-response"/><address addr="10.20.0.150" addrtype="ipv4"/></host>
            <runstats><finished time="1795900100"/><hosts up="1" down="0" total="1"/></runstats>
            </nmaprun>
            """.utf8)
        let position = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("addrtype".utf8)) })
        bytes.insert(0xCD, at: position + 5)
        try workspace.write(bytes, to: "evidence/scan.xml")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .nmapXML)
        #expect(scan.files.count == 1)
    }
}

@Suite("Exports cut short")
struct ExportsTruncationTests {
    @Test("CSV cut inside a quote keeps the records before it")
    func csvKeepsIntactRecords() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "\"JobName\",\"Result\",\"Date\"\n\"EHR\",\"Success\",\"11/29/2026 1:00:00 AM\"\n"
            + "\"Files\",\"Warning\",\"11/29/2026 2:00:00 AM\"\n\"Mail\",\"Succ"
        try workspace.writeUTF8(text, to: "evidence/veeam.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.error == nil)
        #expect(file.records == 2)
        #expect(file.partialReason?.contains("opened on line 4 never ends") == true)
        #expect(file.warnings.first?.hasPrefix("evidence/veeam.csv:4: a quoted field") == true)
        #expect(scan.backupSessions.map(\.jobName) == ["EHR", "Files"])
    }

    @Test("testssl.sh JSON cut short is marked partial")
    func testsslPartial() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            [{"id": "TLS1_2", "ip": "a.example/192.0.2.1", "port": "443", "severity": "OK", "finding": "offered"},
            {"id": "TLS1_3", "ip": "a.exa
            """
        try workspace.writeUTF8(text, to: "evidence/testssl.json")

        let scan = try workspace.scan()

        #expect(scan.files.first?.partialReason == "the JSON breaks off after line 1")
    }

    @Test("Intune export double-encoded through Windows-1252")
    func mojibakeIntuneExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "\u{FEFF}\"Device ID\",\"Device name\",\"Last check-in\",\"Encrypted\"\n\"3\",\"Réception-01\",\"\",\"True\"\n"
        // Each UTF-8 byte becomes the Latin-1 character of that value, as Excel does on saving the
        // file again; the bytes used here are all outside 0x80-0x9F, where Latin-1 and Windows-1252 differ.
        let mojibake = String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) }))
        try workspace.writeUTF8(mojibake, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .intuneDevices)
        #expect(scan.devices.first?.deviceID == "3")
        #expect(scan.devices.first?.name == "Réception-01")
        #expect(scan.files.first?.warnings.contains { $0.contains("mojibake") } == true)
    }
}
