/// One forward-only step of the database schema.
///
/// A migration is applied once, in its own transaction, and recorded in `schema_migrations`.
/// Released migrations never change; a new schema is a new migration with a higher version.
struct Migration: Sendable {
    /// The schema version the database has once this migration is applied; versions start at 1.
    let version: Int
    /// The statements to run, in order.
    let statements: [String]
}
