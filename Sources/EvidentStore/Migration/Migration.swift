import FoundationEssentials

/// One forward-only step of the database schema.
///
/// A migration is applied once, in its own transaction, and recorded in `schema_migrations`.
/// Released migrations never change; a new schema is a new migration with a higher version.
struct Migration: Sendable {
    /// The schema version the database has once this migration is applied; versions start at 1.
    let version: Int
    /// The statements to run, in order.
    let statements: [String]
    /// Statements run after `statements` on SQLite only, for what the two databases spell differently
    /// beyond `SQLDialect.translate(_:)`, such as triggers.
    var sqliteStatements: [String] = []
    /// Statements run after `statements` on PostgreSQL only.
    var postgreSQLStatements: [String] = []
    /// Work run after the statements, in the same transaction, for what SQL cannot compute, such as
    /// ledger entries for rows already stored. It receives the connection and the migration's time.
    var afterStatements: (@Sendable (any DatabaseConnection, Date) throws -> Void)? = nil

    /// Returns the statements of one dialect, shared ones first.
    func statements(for dialect: SQLDialect) -> [String] {
        switch dialect {
        case .sqlite: statements.map(dialect.translate) + sqliteStatements
        case .postgreSQL: statements.map(dialect.translate) + postgreSQLStatements
        }
    }
}
