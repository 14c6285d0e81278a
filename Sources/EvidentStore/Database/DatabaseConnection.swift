/// An open connection to the store's database, SQLite or PostgreSQL.
///
/// The store's SQL is written once, with `?` parameters, against this protocol; each connection
/// adapts it to its database. Connections are confined to one thread, like the C handles they own.
protocol DatabaseConnection: AnyObject {
    /// The SQL dialect, for schema statements.
    var dialect: SQLDialect { get }
    /// The database in error messages: a file path, or a URL without its password.
    var location: String { get }

    /// Runs statements that take no parameters and return no rows the caller needs.
    func execute(_ sql: String) throws

    /// Runs one statement with parameters and returns every row.
    func query(_ sql: String, _ values: [DatabaseValue]) throws -> [DatabaseRow]

    /// Inserts many rows into one table, the fastest way the database offers.
    ///
    /// - Parameters:
    ///   - table: The table name, from the store's own code.
    ///   - columns: The column names, in the order of each row's values.
    ///   - rows: The values of each row.
    func insert(into table: String, columns: [String], rows: [[DatabaseValue]]) throws

    /// Runs `work` in one transaction: commits when it returns, rolls back when it throws.
    func inTransaction<Result>(_ work: () throws -> Result) throws -> Result

    /// Runs `work` while no other process migrates the same database.
    func withMigrationLock<Result>(_ work: () throws -> Result) throws -> Result
}

extension DatabaseConnection {
    /// Runs one statement with parameters, ignoring any rows.
    func run(_ sql: String, _ values: [DatabaseValue] = []) throws {
        _ = try query(sql, values)
    }

    /// Runs a query expected to return one integer, such as `COUNT(*)`; 0 when there is no row.
    func integer(_ sql: String, _ values: [DatabaseValue] = []) throws -> Int64 {
        try query(sql, values).first?.integer(at: 0) ?? 0
    }
}
