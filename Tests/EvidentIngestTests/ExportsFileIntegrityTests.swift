import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("AIDE, Wazuh and osquery file-integrity importers")
struct ExportsFileIntegrityTests {
    static let aideChanged = """
        Start timestamp: 2026-11-28 03:00:01 +0100 (AIDE 0.18.6)
        AIDE found differences between database and filesystem!!

        Summary:
          Total number of entries:	41873
          Added entries:		1
          Removed entries:		0
          Changed entries:		2

        ---------------------------------------------------
        Added entries:
        ---------------------------------------------------

        f++++++++++++++++: /etc/cron.d/backup-extra

        ---------------------------------------------------
        Changed entries:
        ---------------------------------------------------

        f   ...    .C... : /etc/sudoers
        f   ...    .C... : /etc/hosts

        End timestamp: 2026-11-28 03:02:41 +0100 (run time: 2m 40s)
        """

    @Test("AIDE log of two reports, named after the host")
    func aideReports() throws {
        let workspace = try ExportsFixtureWorkspace()
        let clean = """
            Start timestamp: 2026-11-29 03:00:01 +0000 (AIDE 0.18.6)
            AIDE found NO differences between database and filesystem. Looks okay!!

            End timestamp: 2026-11-29 03:02:30 +0000 (run time: 2m 29s)
            """
        try workspace.writeUTF8(Self.aideChanged + "\n" + clean + "\n", to: "evidence/fim/ehr-db01.aide.log")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/fim/ehr-db01.aide.log", in: scan))
        #expect(file.format == .aideCheck)
        #expect(file.records == 2)
        let activity = scan.facts.fileIntegrity
        #expect(activity.map(\.host) == ["ehr-db01", "ehr-db01"])
        #expect(activity.map(\.changes) == [3, 0])
        #expect(activity.first?.example == "added /etc/cron.d/backup-extra")
        #expect(activity.first?.latest == ExportsFixtureDate.utc(2026, 11, 28, 2, 2, 41))
        #expect(activity.first?.evidence.line == 1)
    }

    @Test("AIDE 0.15 report without timestamp is dated by the file name")
    func aideOldVersion() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "AIDE, version 0.15.1\n\n### All files match AIDE database. Looks okay!\n",
            to: "evidence/lab-if01.aide.2026-11-27.txt")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .aideCheck)
        #expect(scan.facts.fileIntegrity.first?.day == CalendarDay(year: 2026, month: 11, day: 27))
        #expect(scan.facts.fileIntegrity.first?.changes == 0)
    }

    @Test("AIDE report cut off before its outcome is left out")
    func aideInterrupted() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = Self.aideChanged + "\nStart timestamp: 2026-11-29 03:00:01 +0000 (AIDE 0.18.6)\n"
        try workspace.writeUTF8(text, to: "evidence/ehr-db01.aide.log")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.skippedRecords == 1)
        let warning = try #require(file.warnings.first { $0.contains("ends before its outcome") })
        #expect(warning.hasPrefix("line 24:"))
        #expect(scan.facts.fileIntegrity.count == 1)
    }

    @Test("Wazuh alerts: syscheck alerts per agent and day, other alerts ignored")
    func wazuhAlerts() throws {
        let workspace = try ExportsFixtureWorkspace()
        let lines = [
            #"{"timestamp":"2026-11-28T10:00:00.100+0000","rule":{"level":7,"id":"550","groups":["ossec","syscheck","syscheck_entry_modified"]},"agent":{"id":"001","name":"pm-srv01"},"syscheck":{"path":"/etc/hosts","event":"modified"},"decoder":{"name":"syscheck_integrity_changed"},"location":"syscheck"}"#,
            #"{"timestamp":"2026-11-28T11:00:00.000-0500","rule":{"level":5,"id":"554","groups":["ossec","syscheck"]},"agent":{"id":"001","name":"pm-srv01"},"syscheck":{"path":"/etc/new","event":"added"},"decoder":{"name":"syscheck_new_entry"},"location":"syscheck"}"#,
            #"{"timestamp":"2026-11-28T12:00:00.000+0000","rule":{"level":3,"id":"5715","groups":["syslog","sshd"]},"agent":{"id":"002","name":"lab-if01"},"decoder":{"name":"sshd"},"location":"/var/log/auth.log"}"#,
            #"{"timestamp":"2026-11-2"#,
            #"{"timestamp":"not a time","rule":{"groups":["syscheck"]},"agent":{"name":"lab-if01"},"location":"syscheck"}"#,
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/alerts.json")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .wazuhAlerts)
        #expect(file.records == 3)
        #expect(file.skippedRecords == 1)
        #expect(file.warnings.contains { $0.hasPrefix("line 4:") })
        #expect(scan.facts.fileIntegrity.count == 1)
        #expect(scan.facts.fileIntegrity.first?.changes == 2)
        #expect(scan.facts.fileIntegrity.first?.latest == ExportsFixtureDate.utc(2026, 11, 28, 16, 0, 0))
        #expect(scan.facts.fileIntegrity.first?.example == "modified /etc/hosts")
    }

    @Test("osquery file_events and hash rows")
    func osqueryFileIntegrity() throws {
        let workspace = try ExportsFixtureWorkspace()
        let lines = [
            #"{"name":"pack_fim_file_events","hostIdentifier":"lab-if01","unixTime":"1796000000","counter":"3","action":"added","columns":{"target_path":"/etc/passwd","category":"etc","action":"UPDATED","time":"1795999990"}}"#,
            #"{"snapshot":[{"path":"/etc/hosts","directory":"/etc","sha256":"ab"}],"action":"snapshot","name":"hash_etc","hostIdentifier":"pm-srv01","unixTime":1796000100}"#,
            #"{"name":"hash_etc","hostIdentifier":"pm-srv01","unixTime":1796000200,"counter":2,"action":"added","columns":{"path":"/etc/hosts","directory":"/etc","sha256":"cd"}}"#,
        ]
        try workspace.writeUTF8(lines.joined(separator: "\n") + "\n", to: "evidence/osqueryd.results.log")

        let scan = try workspace.scan()

        let activity = scan.facts.fileIntegrity
        #expect(scan.files.first?.format == .osqueryResults)
        #expect(activity.map(\.host) == ["lab-if01", "pm-srv01"])
        #expect(activity.map(\.changes) == [1, 1])
        #expect(activity.first?.example == "UPDATED /etc/passwd")
        #expect(activity.first?.latest == Date(timeIntervalSince1970: 1_795_999_990))
        #expect(activity.last?.example == "hash changed /etc/hosts")
    }

    @Test("timestamps with zones, fractions and none")
    func zonedTimestamps() {
        #expect(
            ZonedTimestamp.parse("2026-11-28 03:00:01 +0100 (AIDE)") == ExportsFixtureDate.utc(2026, 11, 28, 2, 0, 1))
        #expect(ZonedTimestamp.parse("2026-11-28T03:00:01.999-05:30") == ExportsFixtureDate.utc(2026, 11, 28, 8, 30, 1))
        #expect(
            ZonedTimestamp.parse("2026-11-28 03:00:01 restic check") == ExportsFixtureDate.utc(2026, 11, 28, 3, 0, 1))
        #expect(ZonedTimestamp.parse("2026-13-28 03:00:01") == nil)
        #expect(ZonedTimestamp.parse("2026-11-28 25:00:01") == nil)
        #expect(ZonedTimestamp.parse("no time") == nil)
    }
}
