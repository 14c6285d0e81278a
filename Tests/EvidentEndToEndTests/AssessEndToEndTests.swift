import Foundation
import Testing

@Suite struct AssessEndToEndTests {
    @Test func sameWorkspaceGivesByteIdenticalJSON() throws {
        let first = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--format", "json", "--no-store"])
        let second = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--format", "json", "--no-store"])

        #expect(first.status == 1)
        #expect(first.output == second.output)
        #expect(first.output.contains("\"schema_version\""))
    }

    @Test func failOnNoneExitsZero() throws {
        let result = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--fail-on", "none", "--no-store"])

        #expect(result.status == 0)
    }

    @Test func textReportListsPostureAndFixes() throws {
        let result = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--no-store"])

        #expect(result.status == 1)
        #expect(result.output.contains("Riverside Family Practice"))
        #expect(result.output.contains("Technical safeguards"))
        #expect(result.output.contains("access.terminated-workforce"))
    }

    @Test func requirementsFlagListsEveryRequirement() throws {
        let short = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--no-store"])
        let long = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--no-store", "--requirements"])

        #expect(!short.output.contains("164.312(a)(2)(iv) Encryption and decryption"))
        #expect(long.output.contains("164.312(a)(2)(iv) Encryption and decryption"))
        #expect(short.output.split(separator: "\n").count + 100 < long.output.split(separator: "\n").count)
    }

    @Test func outputFolderGetsThreeFiles() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("evident-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--no-store", "--output", output.path, "--format", "json",
        ])

        #expect(result.status == 1)
        let json = try String(contentsOf: output.appendingPathComponent("assessment.json"), encoding: .utf8)
        #expect(json == result.output)
        let csv = try String(contentsOf: output.appendingPathComponent("findings.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("severity,"))
        let html = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<html"))
        #expect(!html.contains("<script"))
    }

    @Test func runsAreStoredAndListed() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        _ = try EvidentProcess.run(["assess", workspace.path, "--as-of", "2026-11-29"])
        _ = try EvidentProcess.run(["assess", workspace.path])
        let history = try EvidentProcess.run(["history", workspace.path, "--format", "json"])

        #expect(history.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".evident/evident.db").path))
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [String: Any])
        let list = try #require(runs["runs"] as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list.first?["as_of"] as? String == "2026-11-30")
        #expect(list.last?["as_of"] as? String == "2026-11-29")
    }

    @Test func databaseOptionChoosesTheFile() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let database = workspace.appendingPathComponent("elsewhere/history.db")

        _ = try EvidentProcess.run(["assess", workspace.path, "--database", database.path])

        #expect(FileManager.default.fileExists(atPath: database.path))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".evident/evident.db").path))
    }
}
