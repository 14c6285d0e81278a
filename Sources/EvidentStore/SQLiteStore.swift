import EvidentCore
import Foundation

/// The embedded store: one SQLite file holding the runs of one or more organizations.
///
/// Opening the store creates the file and its folder when missing, turns on WAL journaling (readers
/// do not block the writer) and foreign keys, and applies the schema migrations this build supports.
/// The store owns one connection and is not `Sendable`: open one store per task or thread.
public final class SQLiteStore: Store {
    /// How long a statement waits for another process's write lock before failing.
    public static let busyTimeoutMilliseconds: Int32 = 5_000

    /// The database file path.
    public let path: String
    /// The actor of this store's changes, as ledger entries record it; the process's user and host by default.
    public var actor: String = LedgerActor.current()
    let connection: SQLiteConnection

    /// Opens the database at `path`, creating it and its parent folders when missing.
    ///
    /// - Parameter path: A file path; `.evident/evident.db` in a workspace by default.
    /// - Throws: `StoreError.cannotCreateFolder` or `.cannotOpen` when the file cannot be opened,
    ///   `.schemaTooNew` when a newer Evident wrote it, `.sqlite` when configuration or a migration
    ///   fails.
    public init(path: String) throws {
        try SQLiteStore.createParentFolder(of: path)

        let connection = try SQLiteConnection(path: path)
        try connection.setBusyTimeout(milliseconds: SQLiteStore.busyTimeoutMilliseconds)
        try SQLiteStore.enableWriteAheadLog(connection)
        try connection.execute("PRAGMA foreign_keys = ON")

        try Migrator().migrate(connection, now: Date())

        self.path = path
        self.connection = connection
    }

    /// The schema version of the open database.
    public func schemaVersion() throws -> Int {
        try Migrator().currentVersion(connection)
    }

    // MARK: - Private

    private static func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreateFolder(path: folder.path, reason: error.localizedDescription)
        }
    }

    private static func enableWriteAheadLog(_ connection: SQLiteConnection) throws {
        let sql = "PRAGMA journal_mode = WAL"
        let statement = try connection.prepare(sql)
        try statement.bind([])
        _ = try statement.step()

        // The pragma returns the mode in force; a file system without shared memory keeps another.
        let mode = statement.text(at: 0) ?? ""
        guard mode.lowercased() == "wal" else {
            throw StoreError.sqlite(
                path: connection.path, code: 0, message: "journal mode stayed '\(mode)' instead of WAL", sql: sql)
        }
    }
}

/// The store owns a connection confined to one thread; see `SQLiteConnection`.
@available(*, unavailable)
extension SQLiteStore: Sendable {}
