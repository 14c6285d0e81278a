import EvidentCore
import Testing

@testable import EvidentReview

@Suite("Microsoft 365 unified audit log CSV")
struct UnifiedAuditLogCSVTests {
    /// Rows in the `Search-UnifiedAuditLog | Export-Csv` layout, with made-up tenants and accounts.
    static func row(_ time: String, _ operation: String, _ user: String, object: String = "") -> String {
        let json =
            #"{""CreationTime"":""\#(time)"",""Id"":""5f1c"",""Operation"":""\#(operation)"",""RecordType"":15,"#
            + #"""UserId"":""\#(user)"",""ClientIP"":""203.0.113.7"",""ObjectId"":""\#(object)""}"#
        return
            #""AzureActiveDirectoryStsLogon","\#(time)","\#(user)","\#(operation)","\#(json)","1","4","x","True","Unchanged""#
    }

    @Test("sign-in failures and role changes")
    func operations() throws {
        var rows = (0..<5).map { Self.row("2026-11-03T14:0\($0):00", "UserLoginFailed", "jkim@clinic.example") }
        rows.append(
            Self.row(
                "2026-11-03T15:00:00", "Add member to role.", "admin@clinic.example", object: "jkim@clinic.example"))
        rows.append(Self.row("2026-11-03T15:05:00", "FileAccessed", "jkim@clinic.example"))
        let header =
            #""RecordType","CreationDate","UserIds","Operations","AuditData","ResultIndex","ResultCount","Identity","IsValid","ObjectState""#
        let fixture = try ReviewFixture()
        let path = try fixture.write("ual.csv", ([header] + rows).joined(separator: "\r\n") + "\r\n")

        let result = try LogReviewer.review(
            ReviewRequest(paths: [path], settings: ReviewSettings(timeZone: "America/Chicago")))

        #expect(result.sources.first?.format == "m365-audit-csv")
        #expect(result.eventCount == 7)
        #expect(result.firstEvent == ReviewFixture.instant("2026-11-03T14:00:00Z"), "CreationTime is UTC")
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["failed-sign-in-burst"]?.map(\.user) == ["jkim@clinic.example"])
        #expect(rules["privilege-change"]?.map(\.subject) == ["jkim@clinic.example"])
        #expect(rules["privilege-change"]?.first?.citations.map(\.line) == [7])
    }
}
