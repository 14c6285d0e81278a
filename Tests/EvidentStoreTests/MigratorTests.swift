import Foundation
import Testing

@testable import EvidentStore

@Suite struct MigratorTests {
    @Test func newDatabaseRecordsEachMigration() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        let before = Date(timeIntervalSinceNow: -1)

        let store = try SQLiteStore(path: path)

        #expect(try store.schemaVersion() == SchemaMigrations.latestVersion)
        let statement = try store.connection.prepare(
            "SELECT version, applied_at FROM schema_migrations ORDER BY version")
        try statement.bind([])
        var versions: [Int64] = []
        while try statement.step() {
            versions.append(statement.integer(at: 0))
            let appliedAt = try #require(StoreTimestamp.date(statement.text(at: 1) ?? ""))
            #expect(appliedAt >= before)
            #expect(appliedAt <= Date(timeIntervalSinceNow: 1))
        }
        #expect(versions == SchemaMigrations.all.map { Int64($0.version) })
    }

    @Test func reopeningAppliesNothingTwice() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        _ = try SQLiteStore(path: path)

        let reopened = try SQLiteStore(path: path)

        let statement = try reopened.connection.prepare("SELECT COUNT(*) FROM schema_migrations")
        try statement.bind([])
        _ = try statement.step()
        #expect(statement.integer(at: 0) == Int64(SchemaMigrations.all.count))
    }

    @Test func newerSchemaIsRejected() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        let store = try SQLiteStore(path: path)
        let newer = SchemaMigrations.latestVersion + 1
        try store.connection.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)")
            .run([.integer(newer), .text("2030-01-01T00:00:00.000Z")])

        #expect(throws: StoreError.schemaTooNew(path: path, found: newer, supported: SchemaMigrations.latestVersion)) {
            try SQLiteStore(path: path)
        }

        let message = StoreError.schemaTooNew(path: path, found: newer, supported: 1).description
        #expect(message.contains(path))
        #expect(message.contains("schema version \(newer)"))
        #expect(message.contains("up to 1"))
    }

    @Test func failedMigrationRollsBack() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        let connection = try SQLiteConnection(path: path)
        let broken = Migrator(migrations: [
            Migration(version: 1, statements: ["CREATE TABLE kept_only_if_whole (id INTEGER)", "NOT SQL"])
        ])

        #expect(throws: StoreError.self) {
            try broken.migrate(connection, now: Date())
        }

        #expect(try broken.currentVersion(connection) == 0)
        let statement = try connection.prepare(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'kept_only_if_whole'")
        try statement.bind([])
        _ = try statement.step()
        #expect(statement.integer(at: 0) == 0)
    }

    @Test func sqlErrorNamesStatementAndMessage() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("evident.db").path
        let connection = try SQLiteConnection(path: path)

        #expect {
            try connection.prepare("SELECT * FROM no_such_table")
        } throws: { error in
            guard case .sqlite(let errorPath, _, let message, let sql) = error as? StoreError else { return false }
            return errorPath == path && message.contains("no such table") && sql == "SELECT * FROM no_such_table"
        }
    }
}
