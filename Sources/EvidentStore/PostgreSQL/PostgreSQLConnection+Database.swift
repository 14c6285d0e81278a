extension PostgreSQLConnection: DatabaseConnection {
    var dialect: SQLDialect { .postgreSQL }

    var location: String { url.redacted }

    func insert(into table: String, columns: [String], rows: [[DatabaseValue]]) throws {
        guard !rows.isEmpty else { return }
        try copy(into: table, columns: columns, rows: rows)
    }

    /// Holds a session advisory lock, so that two processes opening a new database at once do not
    /// both create its tables.
    func withMigrationLock<Result>(_ work: () throws -> Result) throws -> Result {
        try execute("SELECT pg_advisory_lock(\(Self.migrationLockKey))")
        defer { try? execute("SELECT pg_advisory_unlock(\(Self.migrationLockKey))") }

        return try work()
    }

    /// The advisory lock key of schema migrations, arbitrary but fixed for every Evident build.
    static let migrationLockKey: Int64 = 0x4576_6964_656E_7401
}
