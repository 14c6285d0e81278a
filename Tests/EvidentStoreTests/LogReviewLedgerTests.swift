import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// Log reviews in the ledger: each recorded review gets an entry, and a changed byte in its rows is
/// named by `verifyRecords()`.
@Suite struct LogReviewLedgerTests {
    let organization = Organization(id: "riverside", name: "Riverside", kind: .coveredEntity)
    let recordedAt = Date(timeIntervalSince1970: 1_793_000_000)

    @Test(arguments: StoreBackend.all) func reviewAppendsEntry(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try #require(try database.open() as? any LogReviewStore & LedgerStore)

        let reviewID = try store.record(
            LogReviewStoreTests().review(on: "2026-11-30", systems: ["ehr"]), organization: organization,
            recordedAt: recordedAt)
        let entries = try store.ledgerEntries(runID: nil)

        #expect(entries.map(\.action) == [.logReviewRecorded])
        #expect(entries.first?.subject == String(reviewID))
        #expect(entries.first?.organizationID == "riverside")
        #expect(try store.verifyRecords().logReviews == 1)
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func changedReviewRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try #require(try database.open() as? any LogReviewStore & LedgerStore)
        let reviewID = try store.record(
            LogReviewStoreTests().review(on: "2026-11-30", systems: ["ehr"]), organization: organization,
            recordedAt: recordedAt)

        try database.connect().run("UPDATE log_reviews SET reviewer = 'Carol Jenson'")
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "log review \(reviewID): log_reviews row changed since ledger entry 1"
            ])
    }

    @Test(arguments: StoreBackend.all) func changedSourceRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try #require(try database.open() as? any LogReviewStore & LedgerStore)
        let reviewID = try store.record(
            LogReviewStoreTests().review(on: "2026-11-30", systems: ["ehr"]), organization: organization,
            recordedAt: recordedAt)

        try database.connect().run("UPDATE log_review_sources SET events = 3999 WHERE position = 0")
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "log review \(reviewID): log_review_sources rows changed since ledger entry 1"
            ])
    }

    @Test(arguments: StoreBackend.all) func reviewsBeforeTheLedgerAreAdopted(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(4))).migrate(connection, now: recordedAt)
        try connection.run("INSERT INTO organizations (id, name, kind) VALUES ('clinic', 'Clinic', 'covered-entity')")
        try connection.run(
            """
            INSERT INTO log_reviews (organization_id, performed, recorded_at, reviewer, systems, events, findings)
            VALUES ('clinic', '2026-11-30', '2026-11-30T10:00:00.000Z', 'Carol Jensen', '["ehr"]', 10, '{}')
            """)

        let store = try #require(try database.open() as? any LedgerStore)
        let entries = try store.ledgerEntries(runID: nil)

        #expect(entries.map(\.action) == [.logReviewAdopted])
        #expect(try store.verifyRecords().isIntact)
    }
}
