import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// Plan items in the ledger: a changed value in `plan_items` or `plan_item_changes` is named with the
/// item and the field, and items whose entries predate schema version 8 are adopted once.
@Suite struct PlanLedgerTests {
    let plan = PlanStoreTests()

    /// Opens a store with one item created by run 1 and returns the item and its newest entry's sequence.
    private func created(_ backend: StoreBackend) throws -> (TestDatabase, PlanItem, Int64) {
        let database = try TestDatabase(backend)
        let store = try #require(try database.open() as? any Store & PlanStore & LedgerStore)
        _ = try store.record(StoreFixtures.assessment(organization: plan.organization), recordedAt: plan.instant(-60))
        let item = try #require(
            try store.apply([
                PlanChange(
                    item: plan.item("ava@example.org"), reason: "run 1 found it", runID: 1, recordedAt: plan.instant(0))
            ]).first)
        let sequence = try #require(try store.ledgerEntries(runID: nil).last?.sequence)
        return (database, item, sequence)
    }

    /// Verifies through a newly opened store, as `evident verify` does.
    private func problems(_ database: TestDatabase) throws -> [String] {
        let store = try #require(try database.open() as? any LedgerStore)
        return try store.verifyRecords().problems.map(\.description)
    }

    @Test(arguments: StoreBackend.all) func untouchedPlanVerifies(_ backend: StoreBackend) throws {
        let (database, _, _) = try created(backend)
        defer { database.remove() }
        let store = try #require(try database.open() as? any LedgerStore)

        let report = try store.verifyRecords()

        #expect(report.planItems == 1)
        #expect(report.isIntact)
    }

    @Test(arguments: StoreBackend.all) func changedItemRowNamesFields(_ backend: StoreBackend) throws {
        let (database, item, sequence) = try created(backend)
        defer { database.remove() }

        try database.connect().run("UPDATE plan_items SET status = 'verified', owner = 'Nobody'")

        #expect(
            try problems(database) == [
                "plan item \(item.id): plan_items row changed since ledger entry \(sequence): "
                    + "status verified (entry: open), owner Nobody (entry: none)"
            ])
    }

    @Test(arguments: StoreBackend.all) func changedFindingTextIsNamed(_ backend: StoreBackend) throws {
        let (database, item, sequence) = try created(backend)
        defer { database.remove() }

        try database.connect().run("UPDATE plan_items SET finding = 'Nothing to fix.'")

        #expect(
            try problems(database) == ["plan item \(item.id): plan_items row changed since ledger entry \(sequence)"])
    }

    @Test(arguments: StoreBackend.all) func changedHistoryRowNamesFields(_ backend: StoreBackend) throws {
        let (database, item, sequence) = try created(backend)
        defer { database.remove() }

        try database.connect().run("UPDATE plan_item_changes SET owner = 'Nobody' WHERE position = 1")

        #expect(
            try problems(database) == [
                "plan item \(item.id): plan_item_changes row 1 changed since ledger entry \(sequence): "
                    + "owner Nobody (entry: none)"
            ])
    }

    @Test(arguments: StoreBackend.all) func addedHistoryRowIsNamed(_ backend: StoreBackend) throws {
        let (database, item, _) = try created(backend)
        defer { database.remove() }

        try database.connect().run(
            """
            INSERT INTO plan_item_changes (item_id, position, recorded_at, status, severity, due, reason)
            SELECT item_id, 2, recorded_at, 'verified', severity, due, 'run 2 no longer found it'
            FROM plan_item_changes WHERE position = 1
            """)

        #expect(
            try problems(database) == [
                "plan item \(item.id): plan_item_changes row 2 has no ledger entry; it was added outside Evident"
            ])
    }

    @Test(arguments: StoreBackend.all) func insertedItemIsNamed(_ backend: StoreBackend) throws {
        let (database, item, _) = try created(backend)
        defer { database.remove() }

        try database.connect().run(
            """
            INSERT INTO plan_items (organization_id, check_id, subject_kind, subject_id, status, severity, finding,
                fix_steps, proof, due, updated_at)
            SELECT organization_id, check_id, subject_kind, 'ben@example.org', 'done', severity, finding, fix_steps,
                proof, due, updated_at
            FROM plan_items
            """)

        #expect(
            try problems(database) == ["plan item \(item.id + 1): has no ledger entry; it was added outside Evident"])
    }

    @Test(arguments: StoreBackend.all) func itemsBeforeVersion8AreAdopted(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(7))).migrate(connection, now: plan.instant(0))
        try connection.run("INSERT INTO organizations (id, name, kind) VALUES ('clinic', 'Clinic', 'covered-entity')")
        try connection.run(
            """
            INSERT INTO plan_items (organization_id, check_id, subject_kind, subject_id, status, severity, finding,
                fix_steps, proof, due, opened_run_id, updated_at)
            VALUES ('clinic', 'auth.mfa-coverage', 'user', 'ava@example.org', 'open', 'high', 'No MFA.',
                'Require MFA.', 'No finding.', '2026-04-01', 1, '2026-03-01T10:00:00.000Z')
            """)
        try connection.run(
            """
            INSERT INTO plan_item_changes (item_id, position, recorded_at, status, severity, due, run_id, reason)
            VALUES (1, 1, '2026-03-01T10:00:00.000Z', 'open', 'high', '2026-04-01', 1, 'run 1 found it')
            """)
        // The payload a build before schema version 8 wrote: the item's fields without row hashes.
        let oldPayload = """
            {"check":"auth.mfa-coverage","due":"2026-04-01","item":1,"reason":"run 1 found it","run":1,\
            "severity":"high","status":"open","subject_id":"ava@example.org","subject_kind":"user"}
            """
        try Self.append(
            LedgerDraft(
                action: .planChanged, actor: "officer@clinic", organizationID: "clinic", runID: 1, subject: "1",
                payload: oldPayload), to: connection, recordedAt: plan.instant(0))

        let store = try #require(try database.open() as? any LedgerStore)
        let entries = try store.ledgerEntries(runID: nil)
        let adoptedIntact = try store.verifyRecords().isIntact
        try connection.run("UPDATE plan_item_changes SET reason = 'found long ago'")

        #expect(entries.map(\.action) == [.planChanged, .planAdopted])
        #expect(adoptedIntact)
        #expect(try problems(database) == ["plan item 1: plan_item_changes row 1 changed since ledger entry 2"])
    }

    private static func append(_ draft: LedgerDraft, to connection: some DatabaseConnection, recordedAt: Date) throws {
        try connection.inTransaction {
            _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
        }
    }
}
