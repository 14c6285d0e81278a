import Foundation
import Testing

/// The example's exceptions through the built binary: the day each stops applying, and the messages
/// for malformed entries.
@Suite struct ExceptionsEndToEndTests {
    /// Assesses the example as of a day and returns the JSON document.
    private func assess(asOf day: String, workspace: URL = EvidentProcess.example) throws -> [String: Any] {
        let result = try EvidentProcess.run([
            "assess", workspace.path, "--format", "json", "--no-store", "--as-of", day, "--fail-on", "none",
        ])
        #expect(result.status == 0, "\(result.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    /// Returns `check subject` for each finding in a given state.
    private func findings(_ document: [String: Any], state: String) throws -> [String] {
        let results = try #require(document["results"] as? [[String: Any]])
        return results.flatMap { result in
            (result["findings"] as? [[String: Any]] ?? []).filter { $0["state"] as? String == state }.map {
                "\(result["check"] as? String ?? "") \(($0["subject"] as? [String: Any])?["id"] as? String ?? "")"
            }
        }
    }

    @Test func exceptionAppliesUntilTheDayBeforeItsExpiry() throws {
        let lastDay = try assess(asOf: "2027-03-30")
        let expiryDay = try assess(asOf: "2027-03-31")

        #expect(try findings(lastDay, state: "excepted") == ["access.automatic-logoff pm-billing"])
        #expect(try findings(expiryDay, state: "excepted").isEmpty)
        #expect(try findings(expiryDay, state: "open").contains("access.automatic-logoff pm-billing"))
        let expired = try findings(expiryDay, state: "open").filter { $0.hasPrefix("risk.exceptions-current") }
        #expect(
            expired == [
                "risk.exceptions-current access.automatic-logoff for pm-billing, approved 2026-09-15",
                "risk.exceptions-current devices.stale-checkin for RFP-WS-09, approved 2026-10-06",
            ])
    }

    @Test func secondExceptionAppliesTheDayBefore() throws {
        let document = try assess(asOf: "2026-11-29")

        #expect(
            try findings(document, state: "excepted") == [
                "access.automatic-logoff pm-billing", "devices.stale-checkin RFP-WS-09",
            ])
    }

    /// Appends an exception entry to a copy of the example and assesses it.
    private func assessWithEntry(_ entry: String) throws -> EvidentProcess.Result {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let url = workspace.appendingPathComponent("attestations.yaml")
        let text = try String(contentsOf: url, encoding: .utf8) + entry
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try EvidentProcess.run(["assess", workspace.path, "--no-store", "--fail-on", "none"])
    }

    /// Returns the line on which an entry appended to the example's attestations.yaml starts.
    private func nextLine() throws -> Int {
        let text = try String(
            contentsOf: EvidentProcess.example.appendingPathComponent("attestations.yaml"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test func unknownCheckWarnsWithFileLineAndValue() throws {
        let result = try assessWithEntry(
            """
              - check: access.automatic-logof
                reason: Typo.
                compensating_control: None.
                approver: Carol Jensen
                approved: 2026-09-15
                expires: 2027-03-31

            """)

        #expect(result.status == 0)
        #expect(
            result.error.contains(
                "attestations.yaml:\(try nextLine()): exception check \"access.automatic-logof\" matches no check"))
        #expect(result.error.contains("access.automatic-logoff"))
    }

    @Test func expiryBeforeApprovalStopsTheAssessment() throws {
        let result = try assessWithEntry(
            """
              - check: access.automatic-logoff
                reason: Backwards dates.
                compensating_control: None.
                approver: Carol Jensen
                approved: 2026-09-15
                expires: 2026-09-01

            """)

        #expect(result.status == 2)
        #expect(
            result.error.contains(
                "attestations.yaml:\(try nextLine() + 5): expires is 2026-09-01; expected a day after approved "
                    + "(2026-09-15)"))
    }

    @Test func missingApproverStopsTheAssessment() throws {
        let result = try assessWithEntry(
            """
              - check: access.automatic-logoff
                reason: No approver.
                compensating_control: None.
                approved: 2026-09-15
                expires: 2027-03-31

            """)

        #expect(result.status == 2)
        #expect(result.error.contains("attestations.yaml:\(try nextLine()): approver is missing; add approver:"))
    }
}
