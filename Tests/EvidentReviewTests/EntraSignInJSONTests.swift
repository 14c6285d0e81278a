import EvidentCore
import Testing

@testable import EvidentReview

@Suite("Entra ID sign-in JSON")
struct EntraSignInJSONTests {
    /// A Microsoft Graph page of made-up sign-ins, pretty-printed.
    static let page = """
        {
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
          "value": [
            {
              "id": "a1", "createdDateTime": "2026-11-02T14:00:00Z", "userPrincipalName": "jkim@clinic.example",
              "ipAddress": "198.51.100.4", "status": {"errorCode": 0, "failureReason": "Other."},
              "location": {"city": "Austin", "state": "Texas", "countryOrRegion": "US"}
            },
            {
              "id": "a2", "createdDateTime": "2026-11-05T03:00:00Z", "userPrincipalName": "jkim@clinic.example",
              "ipAddress": "203.0.113.50", "status": {"errorCode": 0},
              "location": {"city": "Lagos", "countryOrRegion": "NG"}
            },
            {
              "id": "a3", "createdDateTime": "2026-11-05T04:00:00Z", "userPrincipalName": "mchen@clinic.example",
              "ipAddress": "203.0.113.50", "status": {"errorCode": 50053, "failureReason": "Account is locked."},
              "location": {"countryOrRegion": "NG"}
            }
          ]
        }

        """

    @Test("Graph page with a new country and a lockout")
    func graphPage() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("signins.json", Self.page)

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "entra-sign-in-json")
        #expect(result.eventCount == 3)
        let rules = Dictionary(grouping: result.findings, by: \.rule)
        #expect(rules["new-sign-in-address"]?.map(\.subject) == ["ng"])
        #expect(rules["new-sign-in-address"]?.first?.citations.map(\.line) == [9])
        #expect(rules["lockout"]?.map(\.user) == ["mchen@clinic.example"])
    }

    @Test("portal download as an array")
    func portalArray() throws {
        let fixture = try ReviewFixture()
        let records =
            #"[{"createdDateTime":"2026-11-02T14:00:00Z","userPrincipalName":"jkim@clinic.example","status":{"errorCode":50126}}]"#
        let path = try fixture.write("signins.json", records)

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "entra-sign-in-json")
        #expect(result.eventCount == 1)
    }
}
