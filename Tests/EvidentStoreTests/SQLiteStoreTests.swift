import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

@Suite struct SQLiteStoreTests {
    @Test func roundTripGivesEqualAssessment() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)
        let assessment = StoreFixtures.assessment()

        let runID = try store.record(assessment, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        let readBack = try store.assessment(runID: runID)

        #expect(readBack == assessment)
    }

    @Test func unknownRunReadsAsNil() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)

        #expect(try store.assessment(runID: 42) == nil)
    }

    @Test func reopenedStoreKeepsRuns() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        let assessment = StoreFixtures.assessment()
        let runID = try SQLiteStore(path: path).record(
            assessment, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))

        let reopened = try SQLiteStore(path: path)

        #expect(try reopened.assessment(runID: runID) == assessment)
        #expect(try reopened.runs(organizationID: nil).map(\.id) == [runID])
    }

    @Test func runsListNewestFirstWithCounts() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)
        let march = StoreFixtures.assessment()
        let april = StoreFixtures.assessment(asOf: CalendarDay(year: 2026, month: 4, day: 1)!)

        let first = try store.record(march, recordedAt: Date(timeIntervalSince1970: 1_772_400_000.25))
        let second = try store.record(april, recordedAt: Date(timeIntervalSince1970: 1_775_000_000))
        let runs = try store.runs(organizationID: nil)

        #expect(runs.map(\.id) == [second, first])
        let latest = try #require(runs.first)
        #expect(latest.organizationID == "riverside-family-practice")
        #expect(latest.organizationName == "Riverside Family Practice")
        #expect(latest.asOf == CalendarDay(year: 2026, month: 4, day: 1))
        #expect(latest.profile == "hipaa-security-rule")
        #expect(latest.recordedAt == Date(timeIntervalSince1970: 1_775_000_000))
        #expect(runs.last?.recordedAt == Date(timeIntervalSince1970: 1_772_400_000.25))
        #expect(latest.checkCount(.pass) == 1)
        #expect(latest.checkCount(.fail) == 1)
        #expect(latest.checkCount(.insufficientEvidence) == 1)
        #expect(latest.checkCount(.notApplicable) == 1)
        #expect(latest.findingCount(.critical) == 1)
        #expect(latest.findingCount(.high) == 1)
        #expect(latest.findingCount(.medium) == 1)
        #expect(latest.findingCount(.low) == 1)
    }

    @Test func equalTimestampsOrderByRunID() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)
        let instant = Date(timeIntervalSince1970: 1_772_400_000)

        let first = try store.record(StoreFixtures.assessment(), recordedAt: instant)
        let second = try store.record(StoreFixtures.assessment(), recordedAt: instant)

        #expect(try store.runs(organizationID: nil).map(\.id) == [second, first])
    }

    @Test func twoOrganizationsShareOneDatabase() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)
        let lakeside = Organization(name: "Lakeside Billing LLC", kind: .businessAssociate)
        let riversideRun = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))
        let lakesideRun = try store.record(
            StoreFixtures.assessment(organization: lakeside), recordedAt: Date(timeIntervalSince1970: 2_000))

        let riverside = try store.runs(organizationID: "riverside-family-practice")
        let lakesideOnly = try store.runs(organizationID: "lakeside-billing-llc")
        let everyone = try store.runs(organizationID: nil)

        #expect(riverside.map(\.id) == [riversideRun])
        #expect(lakesideOnly.map(\.id) == [lakesideRun])
        #expect(lakesideOnly.first?.organizationName == "Lakeside Billing LLC")
        #expect(everyone.map(\.id) == [lakesideRun, riversideRun])
        #expect(try store.runs(organizationID: "nobody").isEmpty)
        #expect(try store.assessment(runID: lakesideRun)?.organization == lakeside)
    }

    @Test func failedRecordLeavesNoPartialRun() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)
        var broken = StoreFixtures.assessment()
        // Two results with one check id break the results primary key after the run row is written.
        broken.results.append(broken.results[0])

        #expect(throws: StoreError.self) {
            try store.record(broken, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        }

        #expect(try store.runs(organizationID: nil).isEmpty)
        for table in ["organizations", "runs", "results", "findings", "evidence_files"] {
            #expect(try rowCount(table, store) == 0, "table \(table)")
        }
        let later = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        #expect(try store.assessment(runID: later) == StoreFixtures.assessment())
    }

    @Test func normalizedRowsMatchAssessment() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("evident.db").path)

        let runID = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_772_400_000))

        #expect(try rowCount("results", store) == 4)
        #expect(try rowCount("findings", store) == 4)
        #expect(try rowCount("evidence_files", store) == 2)
        let statement = try store.connection.prepare(
            "SELECT subject_kind, subject_id, evidence, touches_ephi FROM findings WHERE run_id = ? AND position = 0")
        try statement.bind([.integer(runID)])
        #expect(try statement.step())
        #expect(statement.text(at: 0) == "user")
        #expect(statement.text(at: 1) == "ava@example.org")
        #expect(statement.text(at: 2) == #"[{"line":4,"path":"evidence/mfa.csv"}]"#)
        #expect(statement.integer(at: 3) == 1)
    }

    @Test func openingCreatesFoldersAndUsesWAL() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workspace/.evident/evident.db").path

        let store = try SQLiteStore(path: path)

        #expect(FileManager.default.fileExists(atPath: path))
        let journal = try store.connection.prepare("PRAGMA journal_mode")
        try journal.bind([])
        #expect(try journal.step())
        #expect(journal.text(at: 0) == "wal")
        let foreignKeys = try store.connection.prepare("PRAGMA foreign_keys")
        try foreignKeys.bind([])
        #expect(try foreignKeys.step())
        #expect(foreignKeys.integer(at: 0) == 1)
    }

    @Test func folderPathIsNotADatabase() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect {
            try SQLiteStore(path: folder.path)
        } throws: { error in
            guard case .cannotOpen(let path, _, _) = error as? StoreError else { return false }
            return path == folder.path
        }
    }

    private func rowCount(_ table: String, _ store: SQLiteStore) throws -> Int64 {
        let statement = try store.connection.prepare("SELECT COUNT(*) FROM \(table)")
        try statement.bind([])
        _ = try statement.step()
        return statement.integer(at: 0)
    }
}
