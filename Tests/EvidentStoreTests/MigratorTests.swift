import Foundation
import Testing

@testable import EvidentStore

@Suite struct MigratorTests {
    @Test(arguments: StoreBackend.all) func newDatabaseRecordsEachMigration(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let before = Date(timeIntervalSinceNow: -1)

        _ = try database.open()

        let connection = try database.connect()
        #expect(try Migrator().currentVersion(connection) == SchemaMigrations.latestVersion)
        let rows = try connection.query("SELECT version, applied_at FROM schema_migrations ORDER BY version", [])
        for row in rows {
            let appliedAt = try #require(StoreTimestamp.date(row.text(at: 1) ?? ""))
            #expect(appliedAt >= before)
            #expect(appliedAt <= Date(timeIntervalSinceNow: 1))
        }
        #expect(rows.map { $0.integer(at: 0) } == SchemaMigrations.all.map { Int64($0.version) })
    }

    @Test(arguments: StoreBackend.all) func reopeningAppliesNothingTwice(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        _ = try database.open()

        _ = try database.open()

        #expect(try database.rowCount("schema_migrations") == Int64(SchemaMigrations.all.count))
    }

    @Test(arguments: StoreBackend.all) func olderDatabaseIsUpgradedInPlace(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(1))).migrate(connection, now: Date())
        try connection.run(
            "INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)",
            [.text("riverside-family-practice"), .text("Riverside Family Practice"), .text("covered-entity")])

        let store = try database.open()

        #expect(try Migrator().currentVersion(connection) == SchemaMigrations.latestVersion)
        #expect(try database.rowCount("organizations") == 1)
        let runID = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))
        #expect(try store.assessment(runID: runID) == StoreFixtures.assessment())
    }

    @Test(arguments: StoreBackend.all) func newerSchemaIsRejected(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        _ = try database.open()
        let newer = SchemaMigrations.latestVersion + 1
        try database.connect().run(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
            [.integer(newer), .text("2030-01-01T00:00:00.000Z")])
        let shown = backend == .sqlite ? database.location : DatabaseURL(text: database.location).redacted

        #expect(
            throws: StoreError.schemaTooNew(path: shown, found: newer, supported: SchemaMigrations.latestVersion)
        ) {
            try database.open()
        }

        let message = StoreError.schemaTooNew(path: shown, found: newer, supported: 1).description
        #expect(message.contains(shown))
        #expect(message.contains("schema version \(newer)"))
        #expect(message.contains("up to 1"))
    }

    @Test(arguments: StoreBackend.all) func failedMigrationRollsBack(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        let broken = Migrator(migrations: [
            Migration(version: 1, statements: ["CREATE TABLE kept_only_if_whole (id INTEGER)", "NOT SQL"])
        ])

        #expect(throws: StoreError.self) {
            try broken.migrate(connection, now: Date())
        }

        #expect(try broken.currentVersion(connection) == 0)
        #expect(throws: StoreError.self) {
            try connection.run("SELECT COUNT(*) FROM kept_only_if_whole")
        }
    }

    @Test(arguments: StoreBackend.all) func sqlErrorNamesStatementAndMessage(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()

        #expect {
            try connection.run("SELECT * FROM no_such_table")
        } throws: { error in
            switch error as? StoreError {
            case .sqlite(let path, _, let message, let sql):
                return path == database.location && message.contains("no such table")
                    && sql == "SELECT * FROM no_such_table"
            case .postgreSQL(let url, let sqlState, let message, let sql):
                return url == connection.location && sqlState == "42P01" && message.contains("does not exist")
                    && sql == "SELECT * FROM no_such_table"
            default:
                return false
            }
        }
    }

    @Test func postgreSQLTranslationWidensIntegers() {
        let statement = "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL)"

        let translated = SQLDialect.postgreSQL.translate(statement)

        #expect(
            translated
                == "CREATE TABLE runs (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, position BIGINT NOT NULL)"
        )
        #expect(SQLDialect.sqlite.translate(statement) == statement)
    }
}
