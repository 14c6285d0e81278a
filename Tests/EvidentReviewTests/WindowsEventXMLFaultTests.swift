import EvidentCore
import Testing

@testable import EvidentReview

/// Faults other tools hit on Windows event XML: no root element, an unescaped `&`, `<Data>` without
/// names, PowerShell Clixml taken for event XML, and broken `RenderingInfo`.
@Suite("Windows Security event XML faults")
struct WindowsEventXMLFaultTests {
    static let namespace = "http://schemas.microsoft.com/win/2004/08/events/event"

    static func failure(_ time: String, user: String, workstation: String = "WS-01") -> String {
        """
        <Event xmlns="\(namespace)"><System><EventID>4625</EventID><TimeCreated SystemTime="\(time)"/></System>\
        <EventData><Data Name="TargetUserName">\(user)</Data><Data Name="WorkstationName">\(workstation)</Data>\
        <Data Name="IpAddress">203.0.113.7</Data></EventData></Event>
        """
    }

    @Test("events without a root and with an unescaped ampersand")
    func noRootAndAmpersand() throws {
        let lines = (0..<5).map { Self.failure("2026-11-03T09:00:0\($0)Z", user: "jkim", workstation: "R&D-PC") }
        let fixture = try ReviewFixture()
        let path = try fixture.write("security.xml", lines.joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "windows-event-xml")
        #expect(result.eventCount == 5)
        #expect(result.findings.filter { $0.rule == "failed-sign-in-burst" }.map(\.user) == ["jkim"])
    }

    @Test("unnamed Data read by template position")
    func unnamedData() throws {
        // 4625's template: SubjectUserSid, SubjectUserName, SubjectDomainName, SubjectLogonId,
        // TargetUserSid, TargetUserName, ... with IpAddress twentieth.
        var values = ["S-1-0-0", "-", "-", "0x0", "S-1-0-0", "jkim", "CLINIC", "0xc000006d", "%%2313", "0xc000006a"]
        values += ["3", "NtLmSsp ", "NTLM", "WS-01", "-", "-", "0", "0x0", "-", "203.0.113.7", "51234"]
        let data = values.map { "<Data>\($0)</Data>" }.joined()
        let events = (0..<5).map { second in
            """
            <Event xmlns="\(Self.namespace)"><System><EventID>4625</EventID>\
            <TimeCreated SystemTime="2026-11-03T09:00:0\(second)Z"/></System><EventData>\(data)</EventData></Event>
            """
        }
        let fixture = try ReviewFixture()
        let path = try fixture.write("forwarded.xml", events.joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        let burst = try #require(result.findings.first { $0.rule == "failed-sign-in-burst" })
        #expect(burst.user == "jkim")

        var symbols = ReviewSymbols()
        var event = LogEvent(source: 0, line: 1)
        let parsed = Array(events[0].utf8).withUnsafeBufferPointer { element in
            WindowsEventXMLParser().parse(element, symbols: &symbols, event: &event)
        }
        #expect(parsed != nil)
        #expect(event.address != SymbolTable.none)
        #expect(symbols.addresses.string(event.address) == "203.0.113.7")
    }

    @Test("Export-Clixml output is rejected with what to run")
    func clixml() throws {
        let clixml = """
            <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
              <Obj RefId="0"><TN RefId="0"><T>System.Diagnostics.Eventing.Reader.EventLogRecord</T></TN>
              <Props><I32 N="Id">4625</I32><S N="Message">An account failed to log on.</S>
              <S N="Xml">&lt;Event xmlns='\(Self.namespace)'&gt;</S></Props></Obj>
            </Objs>

            """
        let fixture = try ReviewFixture()
        let path = try fixture.write("events.xml", clixml)

        #expect(throws: ReviewError.clixmlExport(path: path)) {
            try LogFormat.detect(path: path)
        }
    }

    @Test("malformed RenderingInfo keeps the event")
    func brokenRenderingInfo() throws {
        let events = (0..<5).map { second in
            Self.failure("2026-11-03T09:00:0\(second)Z", user: "jkim").replacingOccurrences(
                of: "</EventData>",
                with: "</EventData><RenderingInfo Culture='en-US'><Message>Account Name: <b>jkim<Level>Information")
        }
        let fixture = try ReviewFixture()
        let path = try fixture.write("rendered.xml", "<Events>\n" + events.joined(separator: "\n") + "\n</Events>\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.eventCount == 5)
        #expect(result.findings.filter { $0.rule == "failed-sign-in-burst" }.map(\.user) == ["jkim"])
    }
}
