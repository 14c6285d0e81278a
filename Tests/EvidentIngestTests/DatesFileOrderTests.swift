import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

/// A file's own dates decide the order of its ambiguous dates; `export_locale` decides only when they
/// prove nothing.
@Suite("Date order proved by a file")
struct DatesFileOrderTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/riverside-family-practice")

    /// `Get-ADUser | Export-Csv` from a server set to en-GB: line 3 is valid only day-first, line 4 in
    /// both orders.
    static let dayFirstActiveDirectory = """
        #TYPE Microsoft.ActiveDirectory.Management.ADUser
        "Enabled","LastLogonDate","Name","SamAccountName","UserPrincipalName"
        "True","25/10/2026 8:14:02 AM","Dana Whitfield","dwhitfield","dwhitfield@riverside.local"
        "True","11/09/2026 4:30:00 PM","Rui Okafor","rokafor","rokafor@riverside.local"
        "True","28/11/2026 7:02:45 AM","Lena Brandt","lbrandt","lbrandt@riverside.local"

        """

    @Test("day-first AD export under en-US")
    func dayFirstExportUnderUS() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF16LittleEndian(Self.dayFirstActiveDirectory, to: "evidence/ad-users.csv")

        let scan = try workspace.scan(locale: .enUS, asOf: CalendarDay(year: 2026, month: 11, day: 30))

        let file = try #require(ExportsFixtureWorkspace.file("evidence/ad-users.csv", in: scan))
        #expect(file.partialReason == nil)
        #expect(file.skippedRecords == 0)
        try #require(scan.accounts.count == 3)
        #expect(scan.accounts[0].lastSignIn == .at(ExportsFixtureDate.utc(2026, 10, 25, 8, 14, 2)))
        #expect(scan.accounts[1].lastSignIn == .at(ExportsFixtureDate.utc(2026, 9, 11, 16, 30)))
        #expect(scan.accounts[2].lastSignIn == .at(ExportsFixtureDate.utc(2026, 11, 28, 7, 2, 45)))
        try #require(file.warnings.count == 1)
        let warning = file.warnings[0]
        #expect(warning.hasPrefix("evidence/ad-users.csv writes dates day-first"))
        #expect(warning.contains("'25/10/2026 8:14:02 AM' on line 3 and 1 more date are valid only day-first"))
        #expect(warning.contains("differs from export_locale en-US (month-first)"))
    }

    @Test("example Veeam export under en-GB")
    func monthFirstExampleUnderGB() throws {
        let scan = try EvidenceScanner.scan(
            workspace: Self.example, systems: [], locale: .enGB, asOf: CalendarDay(year: 2026, month: 11, day: 30))

        let path = "evidence/VeeamBackupSessionReport.csv"
        let file = try #require(ExportsFixtureWorkspace.file(path, in: scan))
        let sessions = scan.backupSessions.filter { $0.evidence.path == path }
        #expect(file.skippedRecords == 0)
        #expect(file.partialReason == nil)
        #expect(sessions.count == file.records)
        #expect(sessions.count == 64)
        #expect(sessions.first?.endedAt == ExportsFixtureDate.utc(2026, 11, 21, 0, 30, 20))
        #expect(
            file.warnings.first?.hasPrefix("\(path) writes dates month-first: '11/21/2026 12:30:20 AM' on line 2")
                == true)
        #expect(file.warnings.first?.contains("differs from export_locale en-GB (day-first)") == true)
    }

    @Test("example SureBackup row valid in both orders under en-GB")
    func ambiguousRowFollowsFileUnderGB() throws {
        let scan = try EvidenceScanner.scan(
            workspace: Self.example, systems: [], locale: .enGB, asOf: CalendarDay(year: 2026, month: 11, day: 30))

        let path = "evidence/backup/VeeamSureBackupSessions.csv"
        let row = try #require(
            scan.facts.backupVerifications.first { $0.evidence == EvidenceReference(path: path, line: 6) })
        #expect(row.verifiedAt == ExportsFixtureDate.utc(2026, 10, 4, 3, 58, 12))
        let file = try #require(ExportsFixtureWorkspace.file(path, in: scan))
        #expect(file.warnings.contains { $0.contains("writes dates month-first") })
    }

    @Test("example under its own en-US has no order warning")
    func exampleUnderUSHasNoOrderWarning() throws {
        let scan = try EvidenceScanner.scan(
            workspace: Self.example, systems: [], locale: .enUS, asOf: CalendarDay(year: 2026, month: 11, day: 30))

        for file in scan.files {
            #expect(!file.warnings.contains { $0.contains("writes dates") }, "\(file.path)")
            #expect(file.partialReason == nil, "\(file.path)")
        }
    }

    @Test("file proving both orders is partial")
    func bothOrdersMakeFilePartial() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "JobName","Result","DataSize(GB)","BackupSize(GB)","DedupRatio","CompressRatio","Date"
            "EHR-SQL","Success","120.5","40.2","3.3x","1.8x","11/21/2026 1:05:49 AM"
            "EHR-SQL","Success","120.7","40.3","3.3x","1.8x","11/09/2026 1:04:12 AM"
            "FileServer","Success","20","10","1x","1x","25/10/2026 11:59:59 PM"
            "FileServer","Success","20","10","1x","1x","26/10/2026 11:59:59 PM"

            """
        try workspace.writeUTF8(text, to: "evidence/VeeamBackupSessionReport.csv")

        let scan = try workspace.scan(locale: .enUS)

        let file = try #require(ExportsFixtureWorkspace.file("evidence/VeeamBackupSessionReport.csv", in: scan))
        let reason = try #require(file.partialReason)
        #expect(reason.contains("'25/10/2026 11:59:59 PM' on line 4 and 1 more date are valid only day-first"))
        #expect(reason.contains("'11/21/2026 1:05:49 AM' on line 2 is valid only month-first"))
        #expect(reason.contains("cannot be read with certainty"))
        #expect(file.warnings.first == "evidence/VeeamBackupSessionReport.csv: \(reason)")
        #expect(file.isUsable)
        #expect(Inventory(evidenceFiles: scan.files).partialFiles(of: [.veeamBackupSessions]).count == 1)
    }

    @Test("only ambiguous dates follow export_locale", arguments: [ExportLocale.enUS, .enGB])
    func ambiguousDatesFollowLocale(locale: ExportLocale) throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "JobName","Result","DataSize(GB)","BackupSize(GB)","DedupRatio","CompressRatio","Date"
            "EHR-SQL","Success","120.5","40.2","3.3x","1.8x","11/09/2026 1:05:49 AM"
            "EHR-SQL","Success","120.7","40.3","3.3x","1.8x","3/12/2026 1:04:12 AM"

            """
        try workspace.writeUTF8(text, to: "evidence/VeeamBackupSessionReport.csv")

        let scan = try workspace.scan(locale: locale)

        let file = try #require(ExportsFixtureWorkspace.file("evidence/VeeamBackupSessionReport.csv", in: scan))
        #expect(file.warnings.isEmpty)
        #expect(file.partialReason == nil)
        let expected =
            locale == .enUS
            ? [ExportsFixtureDate.utc(2026, 11, 9, 1, 5, 49), ExportsFixtureDate.utc(2026, 3, 12, 1, 4, 12)]
            : [ExportsFixtureDate.utc(2026, 9, 11, 1, 5, 49), ExportsFixtureDate.utc(2026, 12, 3, 1, 4, 12)]
        #expect(scan.backupSessions.map(\.endedAt) == expected)
    }

    @Test("ISO and dotted dates prove no order")
    func isoAndDottedDatesProveNothing() {
        let evidence = DateOrderEvidence()
        let parser = TimestampParser(locale: .enUS).recording(into: evidence)

        _ = parser.parse("2026-10-25T08:14:02Z")
        _ = parser.parse("2026-10-25 08:14:02")
        _ = parser.parse("25.10.2026 08:14:02")
        _ = parser.parse("11/09/2026")
        _ = parser.parse("31/31/2026")

        #expect(evidence.proof(of: .dayFirst) == nil)
        #expect(evidence.proof(of: .monthFirst) == nil)
        #expect(DateOrderVerdict(evidence, locale: .enUS) == .followsLocale)
    }

    @Test("dashed dates prove an order")
    func dashedDatesProveOrder() {
        let evidence = DateOrderEvidence()
        let parser = TimestampParser(locale: .enGB).recording(into: evidence)

        _ = parser.parse("12-31-2026")

        #expect(evidence.proof(of: .monthFirst) == DateOrderEvidence.Proof(example: "12-31-2026", count: 1))
        #expect(
            DateOrderVerdict(evidence, locale: .enGB)
                == .provesOpposite(.monthFirst, .init(example: "12-31-2026", count: 1)))
    }

    @Test("line of a value skips longer numbers")
    func lineLocatorNeedsBoundaries() {
        let text = "a,11/2/2026\r\nb,1/2/2026\nc,1/2/2026"

        #expect(TextLineLocator.line(of: "1/2/2026", in: text) == 2)
        #expect(TextLineLocator.line(of: "11/2/2026", in: text) == 1)
        #expect(TextLineLocator.line(of: "2/2/2026", in: text) == nil)
    }
}
