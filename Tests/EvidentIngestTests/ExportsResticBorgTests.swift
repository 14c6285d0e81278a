import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("restic and Borg importers")
struct ExportsResticBorgTests {
    @Test("restic snapshots with and without summary")
    func resticSnapshots() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            [{"time":"2026-11-28T01:00:04.123456789-05:00","parent":"a1","tree":"b2","paths":["/srv/ehr-export"],
              "hostname":"backup01","username":"root","uid":0,"gid":0,"tags":["EHR-Export-Nightly"],
              "program_version":"restic 0.17.3",
              "summary":{"backup_start":"2026-11-28T01:00:04Z","backup_end":"2026-11-28T01:12:40Z","files_new":3}},
             {"time":"2026-11-29T01:00:02Z","tree":"c3","paths":["/home"],"hostname":"ws-09","id":"9f","short_id":"9f"},
             {"time":"yesterday","tree":"d4","paths":["/srv"],"hostname":"backup01","tags":["Files"]}]
            """
        try workspace.writeUTF8(text, to: "evidence/restic-snapshots.json")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/restic-snapshots.json", in: scan))
        #expect(file.format == .resticSnapshots)
        #expect(file.records == 3)
        #expect(file.warnings.count == 1)
        #expect(scan.backupSessions.map(\.jobName) == ["EHR-Export-Nightly", "ws-09"])
        #expect(scan.backupSessions.map(\.result) == [.success, .success])
        #expect(scan.backupSessions.first?.endedAt == ExportsFixtureDate.utc(2026, 11, 28, 1, 12, 40))
        #expect(scan.backupSessions.first?.machine == "backup01")
        #expect(scan.backupSessions.map(\.evidence.line) == [1, 5])
    }

    @Test("borg list JSON with dated archive names")
    func borgList() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {
                "archives": [
                    {
                        "archive": "ehr-export-2026-11-28T01:00:00",
                        "barchive": "ehr-export-2026-11-28T01:00:00",
                        "id": "2b8e1c",
                        "name": "ehr-export-2026-11-28T01:00:00",
                        "start": "2026-11-28T01:00:00.000000",
                        "time": "2026-11-28T01:00:00.000000"
                    },
                    {
                        "name": "fileserver_20261129",
                        "start": "2026-11-29T02:00:00.500000",
                        "end": "2026-11-29T02:40:00.250000",
                        "hostname": "fs01"
                    }
                ],
                "encryption": {"mode": "repokey-blake2"},
                "repository": {"id": "5d1f", "last_modified": "2026-11-29T02:40:01.000000", "location": "/backup/borg"}
            }
            """
        try workspace.writeUTF8(text, to: "evidence/borg.json")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/borg.json", in: scan)?.format == .borgArchives)
        #expect(scan.backupSessions.map(\.jobName) == ["ehr-export", "fileserver"])
        #expect(scan.backupSessions.last?.endedAt == ExportsFixtureDate.utc(2026, 11, 29, 2, 40, 0.25))
        #expect(scan.backupSessions.last?.machine == "fs01")
        #expect(scan.backupSessions.map(\.evidence.line) == [3, 11])
    }

    @Test("truncated restic JSON is an error and yields nothing")
    func truncatedRestic() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            #"[{"time":"2026-11-28T01:00:04Z","tree":"b2","paths":["/srv"],"hostname":"b"#,
            to: "evidence/restic.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .resticSnapshots)
        #expect(file.error?.contains("restic.json:1: the JSON stops inside an open string") == true)
        #expect(scan.backupSessions.isEmpty)
    }
}
