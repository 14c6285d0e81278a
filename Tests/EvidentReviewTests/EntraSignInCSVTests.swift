import EvidentCore
import Testing

@testable import EvidentReview

@Suite("Entra ID sign-in CSV")
struct EntraSignInCSVTests {
    /// The first columns of the portal's InteractiveSignIns header, through `Failure reason`.
    static let header =
        "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,"
        + "Cross tenant access type,Incoming token type,Authentication Protocol,Unique token identifier,"
        + "Original transfer method,Client credential type,Token Protection - Sign In Session,"
        + "Token Protection - Sign In Session StatusCode,Application,Application ID ,App owner tenant ID,"
        + "Resource,Resource ID ,Resource tenant ID,Resource owner tenant ID,Home tenant ID,Home tenant name,"
        + "IP address,Location,Status,Sign-in error code,Failure reason"

    /// Returns a row with made-up identifiers.
    static func row(_ time: String, _ user: String, _ address: String, _ location: String, _ code: Int) -> String {
        let status = code == 0 ? "Success" : "Failure"
        return "\(time),req-1,Mozilla/5.0,corr-1,uid-1,Jordan Kim,\(user),Member,none,none,none,tok-1,none,none,"
            + "none,none,Office 365,app-1,tenant-1,Exchange,res-1,tenant-1,tenant-1,tenant-1,Clinic,"
            + "\(address),\"\(location)\",\(status),\(code),"
    }

    @Test("new country, burst and lockout")
    func signInRules() throws {
        var rows = [
            Self.row("2026-11-02T14:00:00Z", "jkim@clinic.example", "198.51.100.4", "Austin, Texas, US", 0),
            Self.row("2026-11-02T18:00:00Z", "jkim@clinic.example", "198.51.100.9", "Austin, Texas, US", 0),
            Self.row("2026-11-05T03:00:00Z", "jkim@clinic.example", "203.0.113.50", "Lagos, Lagos, NG", 0),
        ]
        for minute in 0..<5 {
            rows.append(
                Self.row(
                    "2026-11-04T09:0\(minute):00Z", "mchen@clinic.example", "203.0.113.7", "Lagos, Lagos, NG", 50_126))
        }
        rows.append(Self.row("2026-11-04T09:06:00Z", "mchen@clinic.example", "203.0.113.7", "Lagos, Lagos, NG", 50_053))
        let fixture = try ReviewFixture()
        let path = try fixture.write("InteractiveSignIns_2026-11.csv", ([Self.header] + rows).joined(separator: "\r\n"))

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "entra-sign-in-csv")
        #expect(result.eventCount == 9)
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["new-sign-in-address"]?.map(\.subject) == ["ng"])
        #expect(rules["new-sign-in-address"]?.first?.citations.map(\.line) == [4])
        #expect(rules["failed-sign-in-burst"]?.map(\.user) == ["mchen@clinic.example"])
        #expect(rules["lockout"]?.first?.citations.map(\.line) == [10])
    }
}
