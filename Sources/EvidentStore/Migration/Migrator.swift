import FoundationEssentials

/// Brings a database's schema up to `SchemaMigrations.latestVersion`, one migration at a time.
///
/// Each applied migration is a row of `schema_migrations` (version, applied_at). A database whose
/// highest version is newer than this build supports is rejected before anything is written, because
/// an older build could otherwise corrupt data it does not understand.
struct Migrator {
    /// The migrations to apply, in version order.
    var migrations: [Migration] = SchemaMigrations.all

    /// Applies every migration the database lacks.
    ///
    /// - Parameters:
    ///   - connection: The open database.
    ///   - now: The time recorded as `applied_at`.
    /// - Throws: `StoreError.schemaTooNew` for a newer database, `StoreError.sqlite` when a migration
    ///   fails; a failed migration is rolled back whole.
    func migrate(_ connection: SQLiteConnection, now: Date) throws {
        try connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )

        let supported = migrations.map(\.version).max() ?? 0
        let found = try currentVersion(connection)
        guard found <= supported else {
            throw StoreError.schemaTooNew(path: connection.path, found: found, supported: supported)
        }

        for migration in migrations where migration.version > found {
            try connection.inTransaction {
                // Another process may have applied it since the version was read.
                guard try !isApplied(migration.version, connection) else { return }
                for statement in migration.statements {
                    try connection.execute(statement)
                }
                try connection.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)")
                    .run([.integer(migration.version), .text(StoreTimestamp.text(now))])
            }
        }
    }

    /// The highest applied version, 0 for a new database.
    func currentVersion(_ connection: SQLiteConnection) throws -> Int {
        let statement = try connection.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        try statement.bind([])
        _ = try statement.step()
        return Int(statement.integer(at: 0))
    }

    // MARK: - Private

    private func isApplied(_ version: Int, _ connection: SQLiteConnection) throws -> Bool {
        let statement = try connection.prepare("SELECT COUNT(*) FROM schema_migrations WHERE version = ?")
        try statement.bind([.integer(version)])
        _ = try statement.step()
        return statement.integer(at: 0) > 0
    }
}
