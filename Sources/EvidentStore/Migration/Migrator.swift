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
    func migrate(_ connection: some DatabaseConnection, now: Date) throws {
        try connection.withMigrationLock {
            try connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )

            let supported = migrations.map(\.version).max() ?? 0
            let found = try currentVersion(connection)
            guard found <= supported else {
                throw StoreError.schemaTooNew(path: connection.location, found: found, supported: supported)
            }

            for migration in migrations where migration.version > found {
                try connection.inTransaction {
                    // Another process may have applied it since the version was read.
                    guard try !isApplied(migration.version, connection) else { return }
                    for statement in migration.statements(for: connection.dialect) {
                        try connection.execute(statement)
                    }
                    try migration.afterStatements?(connection, now)
                    try connection.run(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        [.integer(migration.version), .text(StoreTimestamp.text(now))])
                }
            }
        }
    }

    /// The highest applied version, 0 for a new database.
    func currentVersion(_ connection: some DatabaseConnection) throws -> Int {
        Int(try connection.integer("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
    }

    // MARK: - Private

    private func isApplied(_ version: Int, _ connection: some DatabaseConnection) throws -> Bool {
        try connection.integer("SELECT COUNT(*) FROM schema_migrations WHERE version = ?", [.integer(version)]) > 0
    }
}
