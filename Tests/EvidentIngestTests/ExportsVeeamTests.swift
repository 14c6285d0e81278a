import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Veeam importers")
struct ExportsVeeamTests {
    @Test("B&R session report with en-US dates")
    func backupAndReplication() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "JobName","Result","DataSize(GB)","BackupSize(GB)","DedupRatio","CompressRatio","Date"
            "EHR-SQL","Success","120.5","40.2","3.3x","1.8x","7/27/2020 1:05:49 PM"
            "EHR-SQL","Warning","120.7","40.3","3.3x","1.8x","7/28/2020 1:04:12 AM"
            "FileServer","Failed","0","0","1x","1x","7/28/2020 11:59:59 PM"
            "FileServer","None","0","0","1x","1x","7/29/2020 2:00:00 AM"
            "FileServer","Stopped","0","0","1x","1x","7/29/2020 3:00:00 AM"
            "Imaging","Success","10","4","2.5x","1.1x","29/7/2020 3:00:00 AM"

            """
        try workspace.writeUTF8(
            text.replacingOccurrences(of: "\n", with: "\r\n"), to: "evidence/VeeamBackupSessionReport.csv")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/VeeamBackupSessionReport.csv", in: scan))
        #expect(file.format == .veeamBackupSessions)
        #expect(file.records == 6)
        try #require(scan.backupSessions.map(\.result) == [.success, .warning, .failed, .unknown])
        #expect(scan.backupSessions[0].jobName == "EHR-SQL")
        #expect(scan.backupSessions[0].endedAt == ExportsFixtureDate.utc(2020, 7, 27, 13, 5, 49))
        #expect(scan.backupSessions[0].machine == nil)
        #expect(
            scan.backupSessions[0].evidence == EvidenceReference(path: "evidence/VeeamBackupSessionReport.csv", line: 2)
        )
        // 29/7/2020 on line 7 is valid only day-first and 7/27/2020 only month-first, so the file mixes orders.
        try #require(file.warnings.count == 3)
        #expect(file.warnings[0].contains("both orders"))
        #expect(file.partialReason?.contains("'29/7/2020 3:00:00 AM' on line 7") == true)
        #expect(file.warnings[1].hasPrefix("line 6:"))
        #expect(file.warnings[1].contains("'Stopped'"))
        #expect(file.warnings[2].hasPrefix("line 7:"))
        #expect(file.warnings[2].contains("export_locale"))
        #expect(
            file.dateRange
                == DateRange(
                    earliest: ExportsFixtureDate.utc(2020, 7, 27, 13, 5, 49),
                    latest: ExportsFixtureDate.utc(2020, 7, 29, 2)))
    }

    @Test("Enterprise Manager running session has no end")
    func enterpriseManagerRunning() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "RestorePointType","JobAlgorithm","BackupEndTime(UTC)","IncludedTags","State","TotalSize","VMName","Result","JobName","Reason","BackupCreationTime(UTC)"
            "Increment","Incremental","2025-03-18T17:27:47.7Z",,"Completed","827129856","ehr-db01","Warning","EHR","Low space","2025-03-18T17:25:24.74Z"
            "Increment","Incremental","",,"Working","0","ehr-app01","None","EHR","","2025-03-19T17:25:24Z"
            "Increment","Incremental","18/03/2025 17:00",,"Completed","0","ehr-app02","Success","EHR","","2025-03-19T17:25:24Z"
            """
        try workspace.writeUTF8(text, to: "evidence/em.csv")

        let scan = try workspace.scan()

        // 18/03/2025 is valid only day-first, so the file's culture dates are read day-first.
        try #require(scan.backupSessions.count == 3)
        #expect(scan.backupSessions[0].machine == "ehr-db01")
        #expect(scan.backupSessions[0].result == .warning)
        #expect(
            abs(
                (scan.backupSessions[0].endedAt ?? .distantPast).timeIntervalSince(
                    ExportsFixtureDate.utc(2025, 3, 18, 17, 27, 47.7))) < 1e-6)
        #expect(scan.backupSessions[1].endedAt == nil)
        #expect(scan.backupSessions[1].result == .unknown)
        let file = try #require(ExportsFixtureWorkspace.file("evidence/em.csv", in: scan))
        #expect(scan.backupSessions[2].endedAt == ExportsFixtureDate.utc(2025, 3, 18, 17))
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.contains("'18/03/2025 17:00' on line 4 is valid only day-first") == true)
    }
}
