import EvidentCore
import Testing

@testable import EvidentReview

/// Faults other tools hit on unified audit log exports: `AuditData` in another column, malformed
/// lines, invalid JSON in `AuditData`, a missing `AuditData` column, and `AuditData` as a string in
/// one export and an object in another.
@Suite("Microsoft 365 unified audit log faults")
struct UnifiedAuditLogFaultTests {
    static let purviewHeader =
        "RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames"

    /// Builds a row of the Purview export, where `AuditData` is the sixth column and not the fifth.
    static func purviewRow(_ time: String, _ operation: String, _ user: String) -> String {
        let json =
            #"{""CreationTime"":""\#(time)"",""Operation"":""\#(operation)"",""UserId"":""\#(user)"","#
            + #"""ExtendedProperties"":[{""Name"":""UserId"",""Value"":""someone.else@clinic.example""}]}"#
        return #"5f1c,\#(time)Z ,15,\#(operation),\#(user),"\#(json)",,"#
    }

    @Test("Purview layout with AuditData as sixth column")
    func purviewLayout() throws {
        let rows = (0..<5).map { Self.purviewRow("2026-11-03T14:0\($0):00", "UserLoginFailed", "jkim@clinic.example") }
        let fixture = try ReviewFixture()
        let path = try fixture.write("purview.csv", ([Self.purviewHeader] + rows).joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "m365-audit-csv")
        #expect(result.eventCount == 5)
        let burst = result.findings.filter { $0.rule == "failed-sign-in-burst" }
        #expect(burst.map(\.user) == ["jkim@clinic.example"], "the name/value bag must not replace UserId")
    }

    @Test("invalid AuditData JSON skips that record only")
    func invalidAuditData() throws {
        var rows = (0..<5).map { Self.purviewRow("2026-11-03T14:0\($0):00", "UserLoginFailed", "jkim@clinic.example") }
        rows.insert(
            #"5f1d,2026-11-03T13:59:00Z,15,UserLoginFailed,jkim@clinic.example,"{""CreationTime"":""2026-11-03T13:59:00"",""Operation"":",,"#,
            at: 2)
        let fixture = try ReviewFixture()
        let path = try fixture.write("purview.csv", ([Self.purviewHeader] + rows).joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.eventCount == 5)
        #expect(result.sources.first?.skipped == 1)
    }

    @Test("malformed line with an open quote counts every line it swallows")
    func malformedLine() throws {
        var rows = (0..<3).map { Self.purviewRow("2026-11-03T14:0\($0):00", "UserLoggedIn", "jkim@clinic.example") }
        rows.append(#"5f1e,2026-11-03T15:00:00Z,15,UserLoggedIn,"jkim@clinic.example,"{}",,"#)
        rows += (4..<6).map { Self.purviewRow("2026-11-03T14:0\($0):00", "UserLoggedIn", "jkim@clinic.example") }
        let fixture = try ReviewFixture()
        let path = try fixture.write("purview.csv", ([Self.purviewHeader] + rows).joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.eventCount == 3)
        #expect(result.sources.first?.skipped == 3, "the malformed line and the two after it")
    }

    @Test("export without AuditData is rejected by name")
    func missingAuditData() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "ual.csv", "CreationDate,UserIds,Operations\n3/12/2025 7:31:34 AM,jkim@clinic.example,UserLoggedIn\n")

        #expect(
            throws: ReviewError.missingExportColumn(
                path: path, column: "AuditData", header: "CreationDate,UserIds,Operations")
        ) {
            try LogFormat.detect(path: path)
        }
    }

    @Test("JSON with AuditData as object, string and flat record")
    func jsonShapes() throws {
        let audit =
            #"{"CreationTime":"2026-11-03T14:00:00","Operation":"UserLoginFailed","UserId":"jkim@clinic.example","Workload":"AzureActiveDirectory"}"#
        let escaped = audit.replacingOccurrences(of: "\"", with: "\\\"")
        let json = """
            [
              {"RecordId":"1","CreationDate":"2026-11-03T14:00:00Z","AuditData":\(audit)},
              {"RecordType":"AzureActiveDirectoryStsLogon","CreationDate":"11/3/2026 2:01:00 PM","AuditData":"\(escaped.replacingOccurrences(of: "14:00:00", with: "14:01:00"))"},
              \(audit.replacingOccurrences(of: "14:00:00", with: "14:02:00")),
              {"CreationTime":"2026-11-03T14:03:00","Operation":"UserLoginFailed","UserId":"jkim@clinic.example","Workload":"AzureActiveDirectory","ExtendedProperties":[{"Name":"Operation","Value":"UserLoggedIn"}]},
              {"RecordId":"5","AuditData":"{\\"CreationTime\\":\\"2026-11-03T14:04:00\\",\\"Operation\\":\\"UserLoginFailed\\",\\"UserId\\":\\"jkim@clinic.example\\"}"}
            ]

            """
        let fixture = try ReviewFixture()
        let path = try fixture.write("ual.json", json)

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "m365-audit-json")
        #expect(result.eventCount == 5)
        #expect(result.sources.first?.skipped == 0)
        let burst = result.findings.filter { $0.rule == "failed-sign-in-burst" }
        #expect(burst.map(\.user) == ["jkim@clinic.example"])
    }

    @Test("export split across files is read as one log")
    func splitExport() throws {
        let rows = (0..<5).map { Self.purviewRow("2026-11-03T14:0\($0):00", "UserLoginFailed", "jkim@clinic.example") }
        let fixture = try ReviewFixture()
        let first = try fixture.write("part1.csv", ([Self.purviewHeader] + rows[..<3]).joined(separator: "\n") + "\n")
        let second = try fixture.write("part2.csv", ([Self.purviewHeader] + rows[3...]).joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [first, second]))

        #expect(result.sources.map(\.events) == [3, 2])
        let burst = result.findings.filter { $0.rule == "failed-sign-in-burst" }
        #expect(burst.map(\.user) == ["jkim@clinic.example"], "the burst spans both files")
    }

    @Test("Management Activity records as JSON lines")
    func jsonLines() throws {
        let lines = (0..<5).map { minute in
            #"{"CreationTime":"2026-11-03T14:0\#(minute):00","Operation":"UserLoginFailed","#
                + #""UserId":"jkim@clinic.example","Workload":"AzureActiveDirectory","ClientIP":"203.0.113.9"}"#
        }
        let fixture = try ReviewFixture()
        let path = try fixture.write("ual.jsonl", lines.joined(separator: "\n") + "\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.sources.first?.format == "m365-audit-json")
        #expect(result.eventCount == 5)
        let burst = try #require(result.findings.first { $0.rule == "failed-sign-in-burst" })
        #expect(burst.citations.map(\.line) == [1, 2, 3, 4, 5])
    }
}
