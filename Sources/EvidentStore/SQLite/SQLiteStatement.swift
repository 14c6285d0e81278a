import CSQLite

/// A prepared statement: binds parameters, steps through rows and reads columns.
///
/// The statement keeps its connection alive and is finalized when released.
final class SQLiteStatement {
    /// The SQL text, for error messages; bound values are never part of it.
    let sql: String
    private let connection: SQLiteConnection
    private let handle: OpaquePointer

    /// Prepares `sql` on `connection`.
    ///
    /// - Throws: `StoreError.sqlite` when the SQL does not compile.
    init(connection: SQLiteConnection, sql: String) throws {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(connection.handle, sql, -1, &prepared, nil)

        guard code == SQLITE_OK, let prepared else {
            sqlite3_finalize(prepared)
            // SQL holding no statement (only a comment, say) prepares to OK with no handle.
            throw connection.error(code: code == SQLITE_OK ? SQLITE_MISUSE : code, sql: sql)
        }

        self.sql = sql
        self.connection = connection
        self.handle = prepared
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        try connection.check(sqlite3_clear_bindings(handle), sql: sql)

        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let number):
                code = sqlite3_bind_int64(handle, index, number)
            case .text(let text):
                code = sqlite3_bind_text(handle, index, text, Int32(text.utf8.count), csqlite_transient())
            }
            try connection.check(code, sql: sql)
        }
    }

    /// Advances to the next row.
    ///
    /// - Returns: `true` when a row is available to read, `false` when the statement is done.
    func step() throws -> Bool {
        try connection.check(sqlite3_step(handle), sql: sql) == SQLITE_ROW
    }

    /// Binds `values` and runs the statement to completion, for statements that return no rows.
    func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        while try step() {}
    }

    /// The number of columns in the statement's result rows.
    var columnCount: Int32 {
        sqlite3_column_count(handle)
    }

    /// The integer in a column of the current row; 0 for NULL.
    func integer(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// The text in a column of the current row, or `nil` for NULL.
    func text(at column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

/// A statement belongs to its connection's thread; see `SQLiteConnection`.
@available(*, unavailable)
extension SQLiteStatement: Sendable {}
