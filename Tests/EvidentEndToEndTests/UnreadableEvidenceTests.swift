import Foundation
import Testing

/// An export that can be read only in part must keep what depended on it from passing: the facts before
/// the break are used and the rest counts as missing evidence.
@Suite struct UnreadableEvidenceTests {
    /// Copies the example and cuts its Intune export inside a quoted field, as an interrupted download does.
    private func workspaceWithTruncatedIntuneExport() throws -> (workspace: URL, path: String) {
        let workspace = try EvidentProcess.copyOfExample()
        let evidence = workspace.appendingPathComponent("evidence")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: evidence.path)
                .first { $0.hasPrefix("DevicesWithInventory_") })
        let file = evidence.appendingPathComponent(name)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 2).write(to: file)
        return (workspace, "evidence/\(name)")
    }

    private func statuses(in json: String) throws -> [String: String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        var statuses: [String: String] = [:]
        for result in results {
            statuses[result["check"] as? String ?? ""] = result["status"] as? String
        }
        return statuses
    }

    @Test func deviceChecksBecomeInsufficientEvidence() throws {
        let (workspace, _) = try workspaceWithTruncatedIntuneExport()
        defer { try? FileManager.default.removeItem(at: workspace) }

        let result = try EvidentProcess.run(["assess", workspace.path, "--format", "json", "--no-store"])

        #expect(result.status == 1)
        let statuses = try statuses(in: result.output)
        // The devices before the cut are read, so a gap among them still fails; nothing may pass.
        #expect(statuses["encryption.at-rest-devices"] != "pass")
        #expect(statuses["devices.stale-checkin"] != "pass")
        #expect(statuses["encryption.at-rest-devices"] != nil)
        #expect(result.error.contains("DevicesWithInventory_"))
        #expect(result.error.contains("read only in part"))
    }

    @Test func evidenceListingNamesTheFileAndLine() throws {
        let (workspace, path) = try workspaceWithTruncatedIntuneExport()
        defer { try? FileManager.default.removeItem(at: workspace) }

        let result = try EvidentProcess.run(["evidence", workspace.path])

        #expect(result.status == 1)
        #expect(result.output.contains(path))
        #expect(result.output.contains("line "))
    }

    @Test func evidenceListingOfExampleShowsEveryFormat() throws {
        let result = try EvidentProcess.run(["evidence", EvidentProcess.example.path, "--format", "json"])

        #expect(result.status == 0)
        for format in [
            "intune-devices", "entra-users", "entra-mfa-registration-csv", "active-directory-users",
            "veeam-backup-sessions", "nmap-xml", "access-list",
        ] {
            #expect(result.output.contains("\"\(format)\""), "\(format) not listed")
        }
    }
}
