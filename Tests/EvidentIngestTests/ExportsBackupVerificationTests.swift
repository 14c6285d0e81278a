import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("restic check, borg check and Veeam verification importers")
struct ExportsBackupVerificationTests {
    @Test("restic check --json summary, named after the job with a date")
    func resticCheckJSON() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            #"{"message_type":"summary","num_errors":0,"broken_packs":null,"suggest_repair_index":false,"suggest_prune":false}"#
                + "\n", to: "evidence/EHR-Export.restic-check.2026-11-29.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .resticCheck)
        let verification = try #require(scan.facts.backupVerifications.first)
        #expect(verification.target == "EHR-Export")
        #expect(verification.succeeded == true)
        #expect(verification.verifiedAt == ExportsFixtureDate.utc(2026, 11, 29, 0, 0, 0))
        #expect(scan.facts.backupEncryption.first?.isEncrypted == true)
        #expect(scan.facts.backupEncryption.first?.tool == .restic)
    }

    @Test("restic check text with wrapper timestamps and errors")
    func resticCheckTextFailure() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            2026-11-28 02:30:01 using temporary cache in /tmp/restic-check-cache-1234
            2026-11-28 02:30:02 repository 3f2a0c1d opened (version 2, compression level auto)
            2026-11-28 02:30:02 load indexes
            2026-11-28 02:31:40 check all packs
            2026-11-28 02:31:55 pack 5d1e0a: not referenced in any index
            2026-11-28 02:33:10 check snapshots, trees and blobs
            2026-11-28 02:35:44 Fatal: repository contains errors
            2026-11-28 02:35:44 exit status 1
            """
        try workspace.writeUTF8(text, to: "evidence/Files.restic-check.log")

        let scan = try workspace.scan()

        let verification = try #require(scan.facts.backupVerifications.first)
        #expect(scan.files.first?.format == .resticCheck)
        #expect(verification.succeeded == false)
        #expect(verification.outcome.contains("Fatal: repository contains errors"))
        #expect(verification.evidence.line == 7)
        #expect(verification.verifiedAt == ExportsFixtureDate.utc(2026, 11, 28, 2, 35, 44))
    }

    @Test("restic check text without time or date warns")
    func resticCheckUndated() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "load indexes\ncheck all packs\nno errors were found\n", to: "evidence/Files.restic.txt")

        let scan = try workspace.scan()

        #expect(scan.facts.backupVerifications.first?.succeeded == true)
        #expect(scan.facts.backupVerifications.first?.verifiedAt == nil)
        #expect(scan.files.first?.warnings.contains { $0.contains("cannot be dated") } == true)
    }

    @Test("borg check with --show-rc: clean, and problems found")
    func borgCheck() throws {
        let workspace = try ExportsFixtureWorkspace()
        let clean = """
            Starting repository check
            finished segment check at segment 412
            Repository check complete, no problems found.
            Starting archive consistency check...
            Analyzing archive fileserver-2026-11-29T02:00:00 (1/1)
            Archive consistency check complete, no problems found.
            terminating with success status, rc 0
            """
        let broken = """
            2026-11-29T03:10:00Z Starting repository check
            2026-11-29T03:12:00Z Data integrity error: Segment entry checksum mismatch [segment 77, offset 1032]
            2026-11-29T03:14:00Z Repository check complete, 1 problems found.
            2026-11-29T03:14:01Z terminating with warning status, rc 1
            """
        try workspace.writeUTF8(clean, to: "evidence/LAB.borg-check.20261129.log")
        try workspace.writeUTF8(broken, to: "evidence/NAS.borg-check.log")

        let scan = try workspace.scan()

        #expect(scan.files.map(\.format) == [.borgCheck, .borgCheck])
        let byTarget = Dictionary(uniqueKeysWithValues: scan.facts.backupVerifications.map { ($0.target, $0) })
        #expect(byTarget["LAB"]?.succeeded == true)
        #expect(byTarget["LAB"]?.verifiedAt == ExportsFixtureDate.utc(2026, 11, 29, 0, 0, 0))
        #expect(byTarget["NAS"]?.succeeded == false)
        #expect(byTarget["NAS"]?.evidence.line == 2)
        #expect(byTarget["NAS"]?.verifiedAt == ExportsFixtureDate.utc(2026, 11, 29, 3, 14, 1))
    }

    @Test("versions and words with rc are not exit codes")
    func exitCodeLookalikes() {
        var log = CheckRunLog()

        log.read("borg 1.4.0rc1 running from /usr/src", number: 1)
        #expect(log.exitStatus == nil)

        log.read("2026-11-29 03:14:01 check finished, rc=2", number: 2)
        #expect(log.exitStatus?.code == 2)
        #expect(log.exitStatus?.line == 2)
    }

    @Test("borg check --log-json messages")
    func borgCheckLogJSON() throws {
        let workspace = try ExportsFixtureWorkspace()
        let lines = [
            #"{"type": "log_message", "time": 1796000000.5, "levelname": "INFO", "name": "borg.repository", "message": "Starting repository check"}"#,
            #"{"type": "log_message", "time": 1796000100.25, "levelname": "INFO", "name": "borg.repository", "message": "Repository check complete, no problems found."}"#,
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n"), to: "evidence/EHR.borg-check.json")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .borgCheck)
        #expect(scan.facts.backupVerifications.first?.succeeded == true)
        #expect(scan.facts.backupVerifications.first?.verifiedAt == Date(timeIntervalSince1970: 1_796_000_100.25))
    }

    @Test("borg check output cut short has no outcome")
    func borgCheckTruncated() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "Starting repository check\nfinished segment check at segment 12\n", to: "evidence/X.borg.log")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .borgCheck)
        #expect(scan.files.first?.error?.contains("no outcome of borg check") == true)
        #expect(scan.facts.backupVerifications.isEmpty)
    }

    @Test("Veeam SureBackup and health-check rows become verifications, not backups")
    func veeamSureBackup() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "JobName","JobType","LinkedJobs","Result","State","CreationTime","EndTime"\r
            "SureBackup-Core","SureBackup","EHR-Nightly;PM-SQL","Warning","Stopped","11/28/2026 6:00:03 AM","11/28/2026 6:41:27 AM"\r
            "NAS-Files","Health Check","","None","Working","11/29/2026 3:00:00 AM","11/29/2026 3:30:00 AM"\r
            "NAS-Files","Backup","","Success","Stopped","11/29/2026 1:00:00 AM","11/29/2026 1:40:00 AM"\r

            """
        try workspace.writeUTF8(text, to: "evidence/veeam-sessions.csv")

        let scan = try workspace.scan()

        let verifications = scan.facts.backupVerifications
        #expect(verifications.map(\.target) == ["EHR-Nightly", "PM-SQL", "NAS-Files"])
        #expect(verifications.map(\.tool) == [.veeamSureBackup, .veeamSureBackup, .veeamHealthCheck])
        #expect(verifications.map(\.succeeded) == [false, false, nil])
        #expect(scan.backupSessions.map(\.jobName) == ["NAS-Files"])
    }

    @Test("borg info encryption mode and Veeam job encryption export")
    func backupEncryption() throws {
        let workspace = try ExportsFixtureWorkspace()
        let borg = """
            {"archives": [{"name": "lab-2026-11-29", "start": "2026-11-29T01:00:00.000000"}],
             "encryption": {"mode": "none"}, "repository": {"id": "1", "location": "/b"}}
            """
        try workspace.writeUTF8(borg, to: "evidence/borg.json")
        try workspace.writeUTF8(
            "\"Name\",\"StorageEncryptionEnabled\"\r\n\"EHR-Nightly\",\"True\"\r\n\"NAS-Files\",\"maybe\"\r\n",
            to: "evidence/veeam-jobs.csv")

        let scan = try workspace.scan()

        let states = scan.facts.backupEncryption
        #expect(states.map(\.target) == ["lab", "EHR-Nightly", "NAS-Files"])
        #expect(states.map(\.isEncrypted) == [false, true, nil])
        #expect(states.map(\.tool) == [.borg, .veeam, .veeam])
        let jobs = try #require(ExportsFixtureWorkspace.file("evidence/veeam-jobs.csv", in: scan))
        #expect(jobs.format == .veeamJobEncryption)
        #expect(jobs.warnings.contains { $0.hasPrefix("line 3:") })
    }

    @Test("dates in check file names")
    func fileNameDates() {
        #expect(
            CheckFileName.day(of: "evidence/a.restic-check.2026-11-29.json")
                == CalendarDay(year: 2026, month: 11, day: 29))
        #expect(CheckFileName.day(of: "evidence/a.borg.20261128.log") == CalendarDay(year: 2026, month: 11, day: 28))
        #expect(CheckFileName.day(of: "evidence/2026-11-29.restic.log") == nil)
        #expect(CheckFileName.day(of: "evidence/a.restic.2026-13-40.log") == nil)
        #expect(CheckFileName.subject(of: "evidence/checks/LAB-IF01-Daily.restic-check.json") == "LAB-IF01-Daily")
    }
}
