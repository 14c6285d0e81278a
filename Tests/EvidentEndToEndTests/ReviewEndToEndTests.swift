import Foundation
import Testing

@Suite struct ReviewEndToEndTests {
    /// A synthetic EHR access log in the example's shape: a terminated member's account used after
    /// the end date, and a member opening their own record.
    static let log = """
        Accessed,User ID,MRN,Patient,Event,Workstation
        2026-11-02 09:15:00,mchen,P100,"Lopez, Ana",view,WS-01
        2026-11-02 22:15:00,MCHEN,P101,"Chen, Maria",view,WS-01
        2026-11-03 10:00:00,dholloway,P102,"Hale, Ivan",view,WS-07
        """

    static let settings = """

        review:
          time_zone: America/Chicago
          ehr_csv:
            columns: {user: User ID, patient_id: MRN, patient_name: Patient, action: Event, time: Accessed}
        """

    private func workspaceWithLog() throws -> (folder: URL, log: String) {
        let folder = try EvidentProcess.copyOfExample()
        let settings = folder.appendingPathComponent("evident.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8) + Self.settings
        try Data(text.utf8).write(to: settings)
        let log = folder.appendingPathComponent("ehr-access.csv")
        try Data(Self.log.utf8).write(to: log)
        return (folder, log.path)
    }

    @Test func reviewReportsFindingsWithLines() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run(["review", log, "--workspace", folder.path, "--no-store"])

        #expect(result.status == 1)
        #expect(result.output.contains("CRITICAL  terminated-user  dholloway"))
        #expect(result.output.contains("\(log):4"))
        #expect(result.output.contains("own-record  mchen"))
        #expect(result.output.contains("after-hours  mchen"))
        #expect(!result.error.contains("recorded log review"))
    }

    @Test func jsonOutputHasSchemaVersion() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run([
            "review", log, "--workspace", folder.path, "--no-store", "--format", "json", "--fail-on", "none",
        ])

        #expect(result.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["schema_version"] as? Int == 1)
        #expect(document["events"] as? Int == 3)
        #expect((document["findings"] as? [Any])?.count == 3)
    }

    @Test func outputFolderGetsThreeFiles() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("review-report")

        let result = try EvidentProcess.run([
            "review", log, "--workspace", folder.path, "--no-store", "--format", "json", "--output", output.path,
        ])

        #expect(result.status == 1)
        let json = try String(contentsOf: output.appendingPathComponent("review.json"), encoding: .utf8)
        #expect(json == result.output)
        let csv = try String(contentsOf: output.appendingPathComponent("review-findings.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("severity,rule,user,subject,events,first_event,last_event,message,evidence\r\n"))
        #expect(csv.contains("critical,terminated-user,dholloway,"))
        let html = try String(contentsOf: output.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(html.contains("<td>terminated-user</td>"))
    }

    @Test func storedReviewSatisfiesLogReviewCheck() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 89 days from today: the stored review is within the 90-day limit, the example's
        // attestation of 2026-11-14 is not.
        let asOf = ISO8601DateFormatter.string(
            from: Date().addingTimeInterval(89 * 86_400), timeZone: TimeZone(identifier: "UTC")!,
            formatOptions: [.withFullDate])
        let staleMessage = "The audit logs of ePHI system ehr were"

        let before = try EvidentProcess.run(["assess", folder.path, "--as-of", asOf, "--no-store"])
        let review = try EvidentProcess.run([
            "review", log, "--workspace", folder.path, "--system", "ehr", "--reviewer", "Carol Jensen",
        ])
        let after = try EvidentProcess.run(["assess", folder.path, "--as-of", asOf, "--no-store"])

        #expect(before.output.contains(staleMessage))
        #expect(review.error.contains("recorded log review 1, covering ehr."))
        #expect(!after.output.contains(staleMessage))
    }

    @Test func emptyPeriodIsNotRecorded() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run([
            "review", log, "--workspace", folder.path, "--since", "2026-12-01", "--reviewer", "Dana Reyes",
        ])

        #expect(result.error.contains("no event was read"))
        #expect(!result.error.contains("recorded log review"))
    }

    @Test func cutShortLogIsWarned() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-cut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.ndjson")
        try Data(#"{"resourceType":"AuditEvent","recorded":"2026-11-02T10:00:00Z","agent":[{"who""#.utf8).write(to: log)

        let result = try EvidentProcess.run(["review", log.path])

        #expect(result.output.contains("0 events"))
        #expect(result.error.contains("\(log.path): no audit event was read"))
    }

    @Test func skippedLinesAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-skip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.ndjson")
        let event =
            #"{"resourceType":"AuditEvent","recorded":"2026-11-02T10:00:00Z","agent":[{"who":{"display":"jkim"}}]}"#
        try Data("\(event)\nnot json\n\(event)\n".utf8).write(to: log)

        let result = try EvidentProcess.run(["review", log.path, "--no-store"])

        let warning = "1 line(s) or record(s) were not audit events and were skipped, starting at line 2."
        #expect(result.error.contains(warning))
    }

    @Test func reversedPeriodIsUsageError() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run([
            "review", log, "--workspace", folder.path, "--since", "2026-11-04", "--until", "2026-11-03",
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("is not before --until"))
    }

    @Test func undeclaredSystemIsUsageError() throws {
        let (folder, log) = try workspaceWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run(["review", log, "--workspace", folder.path, "--system", "nosuch"])

        #expect(result.status == 2)
        #expect(result.error.contains("--system names nosuch"))
    }

    @Test func missingLogIsAnInputError() throws {
        let result = try EvidentProcess.run(["review", "/nonexistent/ehr.csv"])

        #expect(result.status == 2)
        #expect(result.error.contains("/nonexistent/ehr.csv: cannot open the log"))
    }

    @Test func noLogIsAUsageError() throws {
        let result = try EvidentProcess.run(["review"])

        #expect(result.status == 2)
        #expect(result.error.contains("no log files given"))
    }
}
