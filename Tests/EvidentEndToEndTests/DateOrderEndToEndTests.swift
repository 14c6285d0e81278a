import Foundation
import Testing

/// The example's exports write dates month-first, which their own dates prove, so `export_locale`
/// must not change what the assessment finds. A file whose dates prove both orders must not pass.
@Suite struct DateOrderEndToEndTests {
    private func results(in json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(document["results"] as? [[String: Any]])
    }

    private func copyOfExample(replacing old: String, with new: String, in path: String) throws -> URL {
        let workspace = try EvidentProcess.copyOfExample()
        let file = workspace.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        return workspace
    }

    @Test func exampleUnderGBFindsWhatUSFinds() throws {
        let workspace = try copyOfExample(
            replacing: "export_locale: en-US", with: "export_locale: en-GB", in: "evident.yaml")
        defer { try? FileManager.default.removeItem(at: workspace) }

        let britishRun = try EvidentProcess.run(["assess", workspace.path, "--format", "json", "--no-store"])
        let americanRun = try EvidentProcess.run(
            ["assess", EvidentProcess.example.path, "--format", "json", "--no-store"])

        let british = try JSONSerialization.data(withJSONObject: results(in: britishRun.output), options: .sortedKeys)
        let american = try JSONSerialization.data(
            withJSONObject: results(in: americanRun.output), options: .sortedKeys)
        #expect(british == american)
        #expect(
            britishRun.error.contains(
                "evidence/VeeamBackupSessionReport.csv writes dates month-first: '11/21/2026 12:30:20 AM' on line 2"))
        #expect(!americanRun.error.contains("writes dates"))
    }

    @Test func backupReportInBothOrdersIsPartial() throws {
        let workspace = try copyOfExample(
            replacing: "\"11/30/2026 12:30:55 AM\"", with: "\"30/11/2026 12:30:55 AM\"",
            in: "evidence/VeeamBackupSessionReport.csv")
        defer { try? FileManager.default.removeItem(at: workspace) }

        let result = try EvidentProcess.run(["assess", workspace.path, "--format", "json", "--no-store"])

        #expect(result.error.contains("evidence/VeeamBackupSessionReport.csv: read only in part: its dates are"))
        let backup = try results(in: result.output).filter { $0["check"] as? String == "backup.job-success" }
        try #require(backup.count == 1)
        #expect(backup[0]["status"] as? String != "pass")
        let findings = try #require(backup[0]["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                ($0["message"] as? String)?.contains("VeeamBackupSessionReport.csv could be read only in part") == true
            })
    }
}
