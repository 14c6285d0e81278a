import Foundation
import Testing

/// `evident diff` lists only the evidence that changed between two runs of the example workspace.
@Suite struct DiffEvidenceEndToEndTests {
    /// November 30, then December 26 with the TLS scan export rewritten in between. The MFA
    /// registration export's newest record, of November 19, is within the 35-day age limit on
    /// November 30 and past it on December 26. No other file goes past the limit.
    @Test(arguments: HistoryDatabase.Backend.all) func diffListsOnlyChangedEvidence(
        _ backend: HistoryDatabase.Backend
    ) throws {
        let database = try HistoryDatabase(backend)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let november = try EvidentProcess.run([
            "assess", workspace.path, "--database", database.location, "--fail-on", "none",
        ])
        let scan = workspace.appendingPathComponent("evidence/testssl-portal.riverside-fp.example.json")
        let text = try String(contentsOf: scan, encoding: .utf8)
        try (text + "\n").write(to: scan, atomically: true, encoding: .utf8)
        let december = try EvidentProcess.run([
            "assess", workspace.path, "--as-of", "2026-12-26", "--database", database.location, "--fail-on", "none",
        ])

        let diff = try EvidentProcess.run(["diff", "--workspace", workspace.path, "--database", database.location])
        let json = try EvidentProcess.run(["diff", "1", "2", "--database", database.location, "--format", "json"])

        #expect(november.status == 0, "\(november.error)")
        #expect(december.status == 0, "\(december.error)")
        #expect(diff.status == 0, "\(diff.error)")
        #expect(
            diff.output.contains(
                "Evidence that went stale (1):\n  evidence/UserRegistrationDetails_2026-11-19.csv: newest record from "
                    + "2026-11-19 is past the evidence age limit as of 2026-12-26, within it in run 1\n"))
        #expect(
            diff.output.contains(
                "Evidence added, removed or changed (1):\n  ~ evidence/testssl-portal.riverside-fp.example.json: SHA-256 "
            ))
        #expect(!diff.output.contains("evidence/ad-users.csv"))
        #expect(!diff.output.contains("unchanged"))

        #expect(json.status == 0, "\(json.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let stale = try #require(document["stale_evidence"] as? [[String: Any]])
        #expect(stale.map { $0["path"] as? String } == ["evidence/UserRegistrationDetails_2026-11-19.csv"])
        #expect(stale.first?["reason"] as? String == "aged")
        #expect(stale.first?["newest_record"] as? String == "2026-11-19")
        let changes = try #require(document["evidence_changes"] as? [[String: Any]])
        #expect(changes.map { $0["path"] as? String } == ["evidence/testssl-portal.riverside-fp.example.json"])
        #expect(changes.first?["change"] as? String == "changed")
        #expect(changes.first?["sha256"] as? String != changes.first?["previous_sha256"] as? String)
    }
}
