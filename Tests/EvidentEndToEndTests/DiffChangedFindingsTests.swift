import Foundation
import Testing

/// `evident diff` lists an escalated finding as changed: the example's Northgate BAA is a low warning
/// on 2026-12-01 (it expires on 2026-12-20) and a high violation on 2027-01-15.
@Suite struct DiffChangedFindingsTests {
    @Test func expiredBAAIsChangedNotResolved() throws {
        let database = try HistoryDatabase(.sqlite)
        defer { database.remove() }
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        for day in ["2026-12-01", "2027-01-15"] {
            let assess = try EvidentProcess.run([
                "assess", workspace.path, "--as-of", day, "--fail-on", "none", "--database", database.location,
            ])
            #expect(assess.status == 0, "\(assess.error)")
        }

        let text = try EvidentProcess.run(["diff", "--workspace", workspace.path, "--database", database.location])
        let json = try EvidentProcess.run(["diff", "1", "2", "--format", "json", "--database", database.location])

        #expect(text.status == 0, "\(text.error)")
        #expect(
            text.output.contains(
                "  LOW -> HIGH vendors.baa-coverage vendor Northgate Reference Laboratories (warning -> violation): "
                    + "The BAA with vendor Northgate Reference Laboratories expired on 2026-12-20"))
        #expect(!text.output.contains("Resolved findings"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let resolved = try #require(document["resolved_findings"] as? [[String: Any]])
        let new = try #require(document["new_findings"] as? [[String: Any]])
        let changed = try #require(document["changed_findings"] as? [[String: [String: Any]]])
        let isNorthgate: ([String: Any]) -> Bool = {
            ($0["subject"] as? [String: String])?["id"] == "Northgate Reference Laboratories"
        }
        #expect(resolved.isEmpty)
        #expect(!new.contains(where: isNorthgate))
        let northgate = try #require(changed.first { isNorthgate($0["after"] ?? [:]) })
        #expect(northgate["before"]?["severity"] as? String == "low")
        #expect(northgate["after"]?["severity"] as? String == "high")
    }
}
