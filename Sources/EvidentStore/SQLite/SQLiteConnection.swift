import CSQLite

/// An open SQLite database: owns the `sqlite3` handle and closes it when released.
///
/// Result codes of statements pass through `check(_:sql:)`, which turns failures into a
/// `StoreError` carrying the SQL and SQLite's own message. The handle is opened with
/// `SQLITE_OPEN_NOMUTEX`, so a connection must stay on one thread at a time; the class is therefore
/// not `Sendable`.
final class SQLiteConnection {
    /// The database file path, used in error messages.
    let path: String
    /// The C handle; only `SQLiteStatement` reaches through to it.
    let handle: OpaquePointer

    /// Opens or creates the database file at `path`.
    ///
    /// - Throws: `StoreError.cannotOpen` when SQLite cannot open the file. The handle SQLite may
    ///   allocate even for a failed open is closed before the error is thrown.
    init(path: String) throws {
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)

        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(opened)
            throw StoreError.cannotOpen(path: path, code: code, message: message)
        }

        self.path = path
        self.handle = opened
        sqlite3_extended_result_codes(opened, 1)
    }

    deinit {
        // close_v2 defers the close until every statement is finalized, so the order in which
        // Swift releases a connection and its statements does not matter.
        sqlite3_close_v2(handle)
    }

    /// Sets how long a statement waits for another process's lock before failing with `SQLITE_BUSY`.
    func setBusyTimeout(milliseconds: Int32) throws {
        try check(sqlite3_busy_timeout(handle, milliseconds), sql: "sqlite3_busy_timeout")
    }

    /// Runs one or more statements that return no rows the caller needs.
    ///
    /// - Throws: `StoreError.sqlite` naming the SQL when a statement fails.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }

        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            throw StoreError.sqlite(path: path, code: code, message: text, sql: sql)
        }
    }

    /// Prepares a statement for repeated use.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs `work` inside one `BEGIN IMMEDIATE` transaction: commits when it returns and rolls back
    /// when it or the commit throws, so a failure never leaves part of the work behind.
    func inTransaction<Result>(_ work: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")

        do {
            let result = try work()
            try execute("COMMIT")
            return result
        } catch {
            // A failed COMMIT may already have ended the transaction; roll back only when one is open.
            if sqlite3_get_autocommit(handle) == 0 {
                sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            }
            throw error
        }
    }

    /// The rowid of the last row inserted through this connection.
    var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// Returns `code` when it reports success, a row or the end of rows; throws otherwise.
    ///
    /// This is the one place where SQLite result codes become Swift errors.
    ///
    /// - Throws: `StoreError.sqlite` with SQLite's message for the connection and the SQL.
    @discardableResult
    func check(_ code: Int32, sql: String) throws -> Int32 {
        switch code & 0xFF {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE:
            return code
        default:
            throw error(code: code, sql: sql)
        }
    }

    /// Builds the error for a failed call, with SQLite's latest message on this connection.
    func error(code: Int32, sql: String) -> StoreError {
        StoreError.sqlite(path: path, code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

/// The handle is opened without SQLite's own mutex, so it must not be shared between threads.
@available(*, unavailable)
extension SQLiteConnection: Sendable {}
