import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// The `Store` contract, run against SQLite and PostgreSQL alike.
@Suite struct StoreTests {
    @Test(arguments: StoreBackend.all) func roundTripGivesEqualAssessment(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let assessment = StoreFixtures.assessment()

        let runID = try store.record(assessment, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        let readBack = try store.assessment(runID: runID)

        #expect(readBack == assessment)
    }

    @Test(arguments: StoreBackend.all) func unknownRunReadsAsNil(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()

        #expect(try store.assessment(runID: 42) == nil)
    }

    @Test(arguments: StoreBackend.all) func reopenedStoreKeepsRuns(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let assessment = StoreFixtures.assessment()
        let runID = try database.open().record(assessment, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))

        let reopened = try database.open()

        #expect(try reopened.assessment(runID: runID) == assessment)
        #expect(try reopened.runs(organizationID: nil).map(\.id) == [runID])
    }

    @Test(arguments: StoreBackend.all) func runsListNewestFirstWithCounts(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
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

    @Test(arguments: StoreBackend.all) func equalTimestampsOrderByRunID(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let instant = Date(timeIntervalSince1970: 1_772_400_000)

        let first = try store.record(StoreFixtures.assessment(), recordedAt: instant)
        let second = try store.record(StoreFixtures.assessment(), recordedAt: instant)

        #expect(try store.runs(organizationID: nil).map(\.id) == [second, first])
    }

    @Test(arguments: StoreBackend.all) func twoOrganizationsShareOneDatabase(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
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

    @Test(arguments: StoreBackend.all) func failedRecordLeavesNoPartialRun(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        var broken = StoreFixtures.assessment()
        // Two results with one check id break the results primary key after the run row is written.
        broken.results.append(broken.results[0])

        #expect(throws: StoreError.self) {
            try store.record(broken, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        }

        #expect(try store.runs(organizationID: nil).isEmpty)
        for table in ["organizations", "runs", "results", "findings", "evidence_files", "run_posture"] {
            #expect(try database.rowCount(table) == 0, "table \(table)")
        }
        let later = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_772_400_000))
        #expect(try store.assessment(runID: later) == StoreFixtures.assessment())
    }

    @Test(arguments: StoreBackend.all) func normalizedRowsMatchAssessment(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()

        let runID = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_772_400_000))

        #expect(try database.rowCount("results") == 4)
        #expect(try database.rowCount("findings") == 4)
        #expect(try database.rowCount("evidence_files") == 2)
        let rows = try database.connect().query(
            "SELECT subject_kind, subject_id, evidence, touches_ephi FROM findings WHERE run_id = ? AND position = 0",
            [.integer(runID)])
        let row = try #require(rows.first)
        #expect(row.text(at: 0) == "user")
        #expect(row.text(at: 1) == "ava@example.org")
        #expect(row.text(at: 2) == #"[{"line":4,"path":"evidence/mfa.csv"}]"#)
        #expect(row.integer(at: 3) == 1)
    }

    @Test(arguments: StoreBackend.all) func specialCharactersSurviveBulkInsert(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        var assessment = StoreFixtures.assessment()
        // Tabs, newlines, backslashes and quotes are what the PostgreSQL COPY text format escapes.
        assessment.results[0].summary = "line one\nline two\twith tab \\N and \\ and 'quote' \"double\" \r é"

        let runID = try store.record(assessment, recordedAt: Date(timeIntervalSince1970: 1_772_400_000))

        let rows = try database.connect().query(
            "SELECT summary FROM results WHERE run_id = ? AND position = 0", [.integer(runID)])
        #expect(rows.first?.text(at: 0) == assessment.results[0].summary)
    }

    @Test(arguments: StoreBackend.all) func organizationsListNewestRunEach(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let lakeside = Organization(name: "Lakeside Billing LLC", kind: .businessAssociate)
        _ = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))
        let riversideLatest = try store.record(
            StoreFixtures.assessment(asOf: CalendarDay(year: 2026, month: 4, day: 1)!),
            recordedAt: Date(timeIntervalSince1970: 3_000))
        let lakesideRun = try store.record(
            StoreFixtures.assessment(organization: lakeside), recordedAt: Date(timeIntervalSince1970: 2_000))

        let organizations = try store.organizations()

        #expect(organizations.map(\.latestRun.organizationID) == ["lakeside-billing-llc", "riverside-family-practice"])
        #expect(organizations.map(\.latestRun.id) == [lakesideRun, riversideLatest])
        #expect(organizations.map(\.runCount) == [1, 2])
        #expect(organizations.last?.latestRun.asOf == CalendarDay(year: 2026, month: 4, day: 1))
        #expect(organizations.last?.latestRun.checkCount(.fail) == 1)
    }

    @Test(arguments: StoreBackend.all) func postureHistoryIsOldestFirst(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let march = StoreFixtures.assessment()
        var april = StoreFixtures.assessment(asOf: CalendarDay(year: 2026, month: 4, day: 1)!)
        april.posture[1].failed = 0
        april.posture[1].passed = 1
        let first = try store.record(march, recordedAt: Date(timeIntervalSince1970: 1_000))
        let second = try store.record(april, recordedAt: Date(timeIntervalSince1970: 2_000))
        let third = try store.record(april, recordedAt: Date(timeIntervalSince1970: 3_000))
        // A run recorded before schema version 3 has no posture rows; its JSON still has the posture.
        try database.connect().run("DELETE FROM run_posture WHERE run_id = ?", [.integer(first)])

        let history = try store.postureHistory(organizationID: "riverside-family-practice", limit: 10)
        let newestTwo = try store.postureHistory(organizationID: "riverside-family-practice", limit: 2)

        #expect(history.map(\.runID) == [first, second, third])
        #expect(history.map(\.posture) == [march.posture, april.posture, april.posture])
        #expect(history.first?.asOf == march.asOf)
        #expect(history.last?.recordedAt == Date(timeIntervalSince1970: 3_000))
        #expect(history[1].posture(of: .technical)?.passed == 1)
        #expect(newestTwo.map(\.runID) == [second, third])
        #expect(try store.postureHistory(organizationID: "nobody", limit: 10).isEmpty)
    }
}
