import Foundation
import Testing

@Suite struct CommandLineEndToEndTests {
    @Test func versionExitsZero() throws {
        let result = try EvidentProcess.run(["--version"])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("evident "))
    }

    @Test func helpAssessDescribesExitStatus() throws {
        let result = try EvidentProcess.run(["help", "assess"])

        #expect(result.status == 0)
        #expect(result.output.contains("Exit status"))
    }

    @Test func unknownOptionIsUsageError() throws {
        let result = try EvidentProcess.run(["assess", EvidentProcess.example.path, "--json"])

        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("unknown option '--json'"))
    }

    @Test func missingWorkspaceFileIsInputError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run(["assess", folder.path, "--no-store"])

        #expect(result.status == 2)
        #expect(result.error.contains("evident.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".evident").path))
    }

    @Test func historyOfUnassessedWorkspaceCreatesNothing() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }

        let history = try EvidentProcess.run(["history", workspace.path])
        let organizations = try EvidentProcess.run([
            "orgs", "--database", workspace.appendingPathComponent("nowhere/x.db").path,
        ])

        #expect(history.status == 2)
        #expect(history.error.contains("no history database at"))
        #expect(organizations.status == 2)
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".evident").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("nowhere").path))
    }

    @Test func invalidAsOfIsUsageError() throws {
        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--as-of", "11/30/2026", "--no-store",
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("'11/30/2026'"))
    }
}
