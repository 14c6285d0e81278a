import EvidentCore
import FoundationEssentials

/// The server store: one PostgreSQL database holding the runs of many organizations, for an MSP.
///
/// It applies the same migrations as `SQLiteStore`, translated to PostgreSQL types, so both hold the
/// same tables and values. Several processes may record runs into one database at once: each run is
/// one transaction, and migrations take an advisory lock. The store owns one connection and is not
/// `Sendable`: open one store per task or thread.
public final class PostgreSQLStore: Store {
    let connection: PostgreSQLConnection
    /// The actor of this store's changes, as ledger entries record it; the process's user and host by default.
    public var actor: String = LedgerActor.current()

    /// The database URL without its password, for messages.
    public var location: String { connection.location }

    /// Connects to the database at `url` and applies the schema migrations this build supports.
    ///
    /// - Parameter url: A libpq URL, `postgres://user@host:port/database`, optionally with
    ///   `sslmode` and other libpq parameters; the password may also come from `PGPASSWORD` or
    ///   `~/.pgpass`.
    /// - Throws: `StoreError.cannotConnect` when the server cannot be reached or rejects the login,
    ///   `.schemaTooNew` when a newer Evident wrote the database, `.postgreSQL` when a migration fails.
    public init(url: String) throws {
        let connection = try PostgreSQLConnection(url: DatabaseURL(text: url))
        try Migrator().migrate(connection, now: Date())

        self.connection = connection
    }

    /// Returns whether `text` is a PostgreSQL URL rather than a SQLite file path.
    public static func isURL(_ text: String) -> Bool {
        DatabaseURL.isPostgreSQL(text)
    }

    /// Returns the URL with its password replaced by `***`, safe to print.
    public static func redacted(_ url: String) -> String {
        DatabaseURL(text: url).redacted
    }

    /// The schema version of the database.
    public func schemaVersion() throws -> Int {
        try Migrator().currentVersion(connection)
    }

    public func record(_ assessment: Assessment, inventory: Inventory?, recordedAt: Date) throws -> Int64 {
        try RunWriter(connection: connection, actor: actor).record(
            assessment, inventory: inventory, recordedAt: recordedAt)
    }

    public func runs(organizationID: String?) throws -> [RunSummary] {
        try RunReader(connection: connection).runs(organizationID: organizationID)
    }

    public func organizations() throws -> [OrganizationSummary] {
        try RunReader(connection: connection).organizations()
    }

    public func postureHistory(organizationID: String, limit: Int) throws -> [PostureSnapshot] {
        try PostureReader(connection: connection).history(organizationID: organizationID, limit: limit)
    }

    public func run(id: Int64) throws -> RunSummary? {
        try RunReader(connection: connection).run(id: id)
    }

    public func assessment(runID: Int64) throws -> Assessment? {
        try RunReader(connection: connection).assessment(runID: runID)
    }

    public func inventory(runID: Int64) throws -> [InventoryItem]? {
        try InventoryReader(connection: connection).items(runID: runID)
    }
}

/// The store owns a libpq connection confined to one thread; see `PostgreSQLConnection`.
@available(*, unavailable)
extension PostgreSQLStore: Sendable {}
