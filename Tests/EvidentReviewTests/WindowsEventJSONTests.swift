import EvidentCore
import Testing

@testable import EvidentReview

@Suite("Windows Security events as JSON lines")
struct WindowsEventJSONTests {
    /// One made-up event in each rendering: flat NXLog-style, evtx_dump and Winlogbeat.
    static let lines = """
        {"EventTime":"2026-11-03T09:00:00Z","EventID":4625,"TargetUserName":"jkim","IpAddress":"203.0.113.7"}
        {"Event":{"System":{"EventID":4740,"TimeCreated":{"#attributes":{"SystemTime":"2026-11-03T09:05:00.000000Z"}}},"EventData":{"TargetUserName":"jkim","SubjectUserName":"DC01$"}}}
        {"@timestamp":"2026-11-03T11:00:00.000Z","winlog":{"event_id":"4732","event_data":{"SubjectUserName":"tbecker","MemberName":"CN=temp1,DC=clinic","TargetUserName":"Administrators"}}}
        {"EventTime":"2026-11-03T12:00:00Z","TargetUserName":"jkim"}

        """

    @Test("three renderings")
    func renderings() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("security.jsonl", Self.lines)

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "windows-event-json")
        #expect(result.eventCount == 3)
        #expect(result.sources.first?.skipped == 1, "a line without an event id")
        #expect(result.sources.first?.skippedLines == [4])
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["lockout"]?.first?.citations.map(\.line) == [2])
        #expect(rules["privilege-change"]?.map(\.user) == ["tbecker"])
        #expect(rules["privilege-change"]?.map(\.subject) == ["cn=temp1,dc=clinic"])
    }

    @Test("account change event ids name the action")
    func accountActions() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "security.jsonl",
            """
            {"EventTime":"2026-11-03T09:00:00Z","EventID":4725,"TargetUserName":"jkim","SubjectUserName":"tbecker"}
            {"EventTime":"2026-11-04T09:00:00Z","EventID":4722,"TargetUserName":"jkim","SubjectUserName":"tbecker"}

            """)

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        let change = try #require(result.findings.first { $0.rule == "account-change" })
        #expect(change.message.hasSuffix(" enabled and disabled jkim 2 times."))
    }
}
