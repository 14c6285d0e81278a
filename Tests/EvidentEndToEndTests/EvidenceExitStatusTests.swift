import Foundation
import Testing

/// The exit status of `evident evidence` and the closing count it prints: 0 only when every file was
/// read in full, 1 when a file is unusable or read in part, 2 when the workspace cannot be loaded.
@Suite struct EvidenceExitStatusTests {
    @Test func exampleExitsZero() throws {
        let result = try EvidentProcess.run(["evidence", EvidentProcess.example.path])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasSuffix("21 files: 21 read in full, 0 read in part, 0 not usable.\n"))
    }

    @Test func truncatedCSVExitsOneAndCountsPartial() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let users = workspace.appendingPathComponent("evidence/exportUsers_2026-11-29.csv")
        // The header and five users, then a quoted field that never closes, as a download cut short ends.
        let lines = try String(contentsOf: users, encoding: .utf8).split(whereSeparator: \.isNewline)
        try (lines.prefix(6).joined(separator: "\r\n") + "\r\n\"Cut Off,abc\r\n").write(
            to: users, atomically: true, encoding: .utf8)

        let result = try EvidentProcess.run(["evidence", workspace.path])

        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("  read in part: a quoted field opened on line 7 never ends"))
        #expect(result.output.hasSuffix("21 files: 20 read in full, 1 read in part, 0 not usable.\n"))
    }

    @Test func zippedExportExitsOne() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        // The local file header signature of a ZIP archive, as an Intune export download that was not
        // extracted starts.
        let zip = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 60)
        try zip.write(to: workspace.appendingPathComponent("evidence/DevicesWithInventory.zip"))

        let result = try EvidentProcess.run(["evidence", workspace.path])

        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("a ZIP archive"))
        #expect(result.output.hasSuffix("22 files: 21 read in full, 0 read in part, 1 not usable.\n"))
    }

    @Test func emptyEvidenceFolderExitsOne() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let evidence = workspace.appendingPathComponent("evidence")
        try FileManager.default.removeItem(at: evidence)
        try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: false)

        let result = try EvidentProcess.run(["evidence", workspace.path])

        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("No evidence files found"))
    }

    @Test func missingWorkspaceExitsTwo() throws {
        let result = try EvidentProcess.run(["evidence", "/tmp/evident-no-such-workspace-\(UUID().uuidString)"])

        #expect(result.status == 2)
        #expect(result.output.isEmpty)
    }
}
