import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// Faults of real exports (re-encoded files, Windows line endings, cut-short logs) applied to the
/// file-integrity, backup verification and audit policy readers.
@Suite("Faults in integrity exports")
struct ExportsIntegrityFaultTests {
    @Test("auditpol redirected by Windows PowerShell 5.1 is UTF-16LE")
    func utf16AuditPolicy() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text =
            "Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting\r\n"
            + "SRV01,System,Audit Policy Change,{0CCE922F-69AE-11D9-BED3-505054503030},Success,\r\n"
        try workspace.writeUTF16LittleEndian(text, to: "evidence/srv01-auditpol.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .auditpolCSV)
        #expect(scan.facts.changeAuditCoverage.first?.recordsConfigurationChanges == true)
    }

    @Test("AIDE report mailed with CRLF line endings")
    func crlfAIDEReport() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = ExportsFileIntegrityTests.aideChanged.replacingOccurrences(of: "\n", with: "\r\n")
        try workspace.writeUTF8(text, to: "evidence/ehr-db01.aide.txt", byteOrderMark: true)

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .aideCheck)
        #expect(scan.facts.fileIntegrity.first?.changes == 3)
        #expect(scan.facts.fileIntegrity.first?.example == "added /etc/cron.d/backup-extra")
    }

    @Test("Wazuh alerts.json cut off in its last line keeps the lines before")
    func truncatedWazuhAlerts() throws {
        let workspace = try ExportsFixtureWorkspace()
        let complete =
            #"{"timestamp":"2026-11-28T10:00:00.100+0000","rule":{"id":"550","groups":["ossec","syscheck"]},"agent":{"id":1,"name":"pm-srv01"},"syscheck":{"path":"/etc/hosts","event":"modified"},"location":"syscheck"}"#
        try workspace.writeUTF8(complete + "\n" + complete.prefix(90), to: "evidence/alerts.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .wazuhAlerts)
        #expect(file.warnings.contains { $0.hasPrefix("line 2:") })
        #expect(scan.facts.fileIntegrity.first?.changes == 1)
    }

    @Test("Veeam SureBackup export with a byte order mark and an unknown result")
    func sureBackupUnknownResult() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "JobName","JobType","LinkedJobs","Result","EndTime"\r
            "SB-Core","SureBackup","EHR","Success","11/28/2026 6:41:27 AM"\r
            "SB-Core","SureBackup","EHR","Broken","11/29/2026 6:41:27 AM"\r

            """
        try workspace.writeUTF8(text, to: "evidence/surebackup.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.skippedRecords == 1)
        #expect(scan.facts.backupVerifications.map(\.target) == ["EHR"])
    }

    @Test("lines end at LF, CRLF or CR")
    func textLines() {
        var lines: [String] = []
        var numbers: [Int] = []

        TextLines.forEach(in: "a\nb\r\nc\rd\n\ne") { line, number in
            lines.append(String(line))
            numbers.append(number)
        }

        #expect(lines == ["a", "b", "c", "d", "", "e"])
        #expect(numbers == [1, 2, 3, 4, 5, 6])
    }

    @Test("UTF-8 bytes split at LF and CRLF")
    func byteLines() {
        var lines: [String] = []

        ByteLines.forEach(in: Array("\u{FEFF}a\r\nb\n\nc".utf8), from: 3) { line, _ in
            lines.append(String(decoding: line, as: UTF8.self))
        }

        #expect(lines == ["a", "b", "", "c"])
    }

    @Test("Wazuh alerts re-saved as UTF-16LE are decoded first")
    func utf16WazuhAlerts() throws {
        let workspace = try ExportsFixtureWorkspace()
        let line =
            #"{"timestamp":"2026-11-28T10:00:00+0000","rule":{"groups":["syscheck"]},"agent":{"name":"pm-srv01"},"syscheck":{"path":"C:\\pm.ini","event":"modified"},"location":"syscheck"}"#
        try workspace.writeUTF16LittleEndian(line + "\r\n", to: "evidence/alerts.json")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .wazuhAlerts)
        #expect(scan.facts.fileIntegrity.first?.example == "modified C:\\pm.ini")
    }

    @Test("restic snapshots are not taken for restic check output")
    func resticSnapshotsStayBackups() {
        let snapshots =
            #"[{"time":"2026-11-28T01:00:04Z","tree":"b2","paths":["/srv"],"hostname":"backup01","message_type":"x"}]"#

        let detection = EvidenceFormatDetector.detect(bytes: Array(snapshots.utf8), text: snapshots)

        #expect(detection.format == .resticSnapshots)
    }
}
