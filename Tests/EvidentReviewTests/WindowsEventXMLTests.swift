import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentReview

@Suite("Windows Security event XML")
struct WindowsEventXMLTests {
    /// wevtutil's one-element-per-line form, an Event Viewer pretty-printed element, and two elements
    /// on one line, all made up.
    static let events = """
        <Events>
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4625</EventID><TimeCreated SystemTime="2026-11-03T09:00:01.1234567Z"/></System><EventData><Data Name="SubjectUserName">-</Data><Data Name="TargetUserName">jkim</Data><Data Name="IpAddress">203.0.113.7</Data></EventData></Event>
        <Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>
          <System><EventID>4728</EventID><TimeCreated SystemTime='2026-11-03T10:00:00.000Z'/></System>
          <EventData><Data Name='MemberName'>temp1</Data><Data Name='TargetUserName'>Domain Admins</Data><Data Name='SubjectUserName'>tbecker</Data></EventData>
        </Event>
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>1102</EventID><TimeCreated SystemTime="2026-11-03T11:00:00Z"/></System><UserData><LogFileCleared><SubjectUserName>tbecker</SubjectUserName></LogFileCleared></UserData></Event><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4740</EventID><TimeCreated SystemTime="2026-11-03T09:05:00Z"/></System><EventData><Data Name="TargetUserName">jkim</Data><Data Name="SubjectUserName">DC01$</Data></EventData></Event>
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4624</EventID><TimeCreated SystemTime="2026-11-03T12:00:00Z"/></System><EventData><Data Name="TargetUserName">EHR-APP01$</Data><Data Name="IpAddress">-</Data></EventData></Event>
        </Events>

        """

    @Test("sign-ins, lockouts, group changes and cleared logs")
    func eventKinds() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("security.xml", Self.events)
        let workforce = [InventoryBuilder.member("Tom Becker", username: "tbecker")]

        let result = try LogReviewer.review(ReviewRequest(paths: [path], workforce: workforce))

        #expect(result.sources.first?.format == "windows-event-xml")
        #expect(result.eventCount == 5)
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["audit-log-cleared"]?.map(\.user) == ["tbecker"])
        #expect(rules["audit-log-cleared"]?.first?.message.contains("Tom Becker") == true)
        #expect(rules["audit-log-cleared"]?.first?.citations.map(\.line) == [7])
        #expect(rules["privilege-change"]?.map(\.subject) == ["temp1"])
        #expect(rules["privilege-change"]?.first?.citations.map(\.line) == [3])
        #expect(rules["lockout"]?.map(\.user) == ["jkim"])
    }

    @Test("other XML is rejected")
    func otherXML() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("policy.xml", "<?xml version=\"1.0\"?>\n<GroupPolicy></GroupPolicy>\n")

        #expect(throws: ReviewError.unknownFormat(path: path)) {
            try LogFormat.detect(path: path)
        }
    }
}
