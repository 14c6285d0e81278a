import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("EvidenceScanner")
struct ExportsScannerTests {
    @Test("walks evidence in sorted order, skipping hidden files")
    func sortedWalk() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("JobName,Result,Date\nA,Success,2025-03-01\n", to: "evidence/b/veeam.csv")
        try workspace.writeUTF8("notes", to: "evidence/a.txt")
        try workspace.writeUTF8("hidden", to: "evidence/.DS_Store")
        try workspace.writeUTF8("hidden", to: "evidence/.cache/x.csv")
        try workspace.writeUTF8("Employee\nAlex\n", to: "evidence/b/roster.csv")
        try workspace.writeUTF8("JobName,Result,Date\nB,Success,2025-03-02\n", to: "evidence/Z.csv")

        let scan = try workspace.scan()

        #expect(
            scan.files.map(\.path) == [
                "evidence/Z.csv", "evidence/a.txt", "evidence/b/roster.csv", "evidence/b/veeam.csv",
            ])
        #expect(scan.backupSessions.map(\.jobName) == ["B", "A"])
        let notes = try #require(ExportsFixtureWorkspace.file("evidence/a.txt", in: scan))
        #expect(notes.format == .unknown)
        #expect(notes.warnings == ["a CSV file whose columns ('notes') match no supported export"])
        #expect(notes.isUsable == false)
    }

    @Test("missing access list is not a file")
    func missingAccessList() throws {
        let workspace = try ExportsFixtureWorkspace()
        let system = ExportsAccessListTests.system("ehr", accessList: "evidence/access/ehr.csv")

        let scan = try workspace.scan(systems: [system])

        #expect(scan.files.isEmpty)
        #expect(scan.accounts.isEmpty)
    }

    @Test("access list path outside the workspace")
    func accessListOutsideWorkspace() throws {
        let workspace = try ExportsFixtureWorkspace()
        let system = ExportsAccessListTests.system("ehr", accessList: "../other/ehr.csv")

        let scan = try workspace.scan(systems: [system])

        #expect(scan.files.isEmpty)
        #expect(scan.warnings.count == 1)
        #expect(scan.warnings.first?.hasPrefix("inventory/systems.yaml:3: access_list '../other/ehr.csv'") == true)
    }

    @Test("workspace without evidence folder")
    func noEvidenceFolder() throws {
        let workspace = try ExportsFixtureWorkspace()
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("evidence"))

        let scan = try workspace.scan()

        #expect(scan.files.isEmpty)
    }

    @Test("missing workspace throws")
    func missingWorkspace() {
        let folder = URL(fileURLWithPath: "/nonexistent/evident-\(UUID().uuidString)")

        #expect(throws: EvidenceError.workspaceNotFound(path: folder.path)) {
            try EvidenceScanner.scan(workspace: folder, systems: [], locale: .enUS)
        }
    }

    @Test("directory in place of a file becomes an error")
    func folderNamedLikeFile() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("JobName,Result,Date\nA,Success,2025-03-01\n", to: "evidence/open.csv")
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("evidence/access/ehr.csv"), withIntermediateDirectories: true)

        let scan = try workspace.scan(systems: [
            ExportsAccessListTests.system("ehr", accessList: "evidence/access/ehr.csv")
        ])

        let file = try #require(ExportsFixtureWorkspace.file("evidence/access/ehr.csv", in: scan))
        #expect(file.error?.contains("could not be read") == true)
        #expect(scan.backupSessions.count == 1)
    }

    @Test("CSV with a quoted newline")
    func quotedNewline() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "\"JobName\",\"Result\",\"Date\"\r\n\"EHR\r\nnightly\",\"Success\",\"3/1/2025 1:00:00 AM\"\r\n"
            + "\"Files\",\"Failed\",\"3/2/2025 1:00:00 AM\"\r\n"
        try workspace.writeUTF8(text, to: "evidence/veeam.csv")

        let scan = try workspace.scan()

        #expect(scan.backupSessions.map(\.jobName) == ["EHR\r\nnightly", "Files"])
        #expect(scan.backupSessions.map(\.evidence.line) == [2, 4])
    }

    @Test("CSV cut inside quotes is an error")
    func truncatedCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("\"JobName\",\"Result\",\"Date\"\n\"EHR\",\"Succ", to: "evidence/veeam.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .veeamBackupSessions)
        #expect(file.error?.hasPrefix("evidence/veeam.csv:2: a quoted field") == true)
    }

    @Test("Windows-1252 bytes decode")
    func windows1252() throws {
        let workspace = try ExportsFixtureWorkspace()
        var bytes = Array("\"Device name\",\"Last check-in\",\"Encrypted\"\r\n\"FRONTDESK-".utf8)
        bytes.append(0xD6)
        bytes += Array("rnberg\",\"2025-03-01 10:00:00.0000000\",\"True\"\r\n".utf8)
        try workspace.write(bytes, to: "evidence/devices.csv")

        let scan = try workspace.scan()

        #expect(scan.devices.map(\.name) == ["FRONTDESK-Örnberg"])
    }

    @Test("warnings are capped per file")
    func warningCap() throws {
        let workspace = try ExportsFixtureWorkspace()
        let rows = (1...60).map { "Job\($0),Paused,3/1/2025 1:00:00 AM" }
        try workspace.writeUTF8((["JobName,Result,Date"] + rows).joined(separator: "\n"), to: "evidence/veeam.csv")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.records == 60)
        #expect(file.warnings.count == 51)
        #expect(file.warnings.first?.hasPrefix("line 2:") == true)
        #expect(file.warnings.last == "10 more warning(s) not shown")
        #expect(scan.backupSessions.isEmpty)
    }
}
