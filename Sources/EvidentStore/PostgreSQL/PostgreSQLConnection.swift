import CPostgreSQL

#if canImport(Glibc)
    import Glibc
#endif

/// An open libpq connection: owns the `PGconn` handle and closes it when released.
///
/// Statements use `?` parameters like SQLite's and are sent with `PQexecParams` as `$1`, `$2`...,
/// with every value and result in text form. Failures become `StoreError.postgreSQL` carrying the
/// redacted URL, the SQLSTATE and the SQL, never bound values. A libpq connection must not be used
/// by two threads at once, so the class is not `Sendable`.
final class PostgreSQLConnection {
    /// The URL the connection was opened with.
    let url: DatabaseURL
    private let handle: OpaquePointer

    /// Connects to the server at `url`.
    ///
    /// - Throws: `StoreError.cannotConnect` with libpq's reason, the password removed.
    init(url: DatabaseURL) throws {
        let connection = PQconnectdb(url.text)
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let reason = connection.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            PQfinish(connection)
            throw StoreError.cannotConnect(url: url.redacted, reason: url.redact(Self.trimmed(reason)))
        }

        self.url = url
        self.handle = connection
        // Notices such as "relation already exists, skipping" are not for the user's terminal.
        try execute("SET client_min_messages = warning")
    }

    deinit {
        PQfinish(handle)
    }

    /// Runs statements without parameters.
    func execute(_ sql: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, sql: sql)
    }

    /// Runs one statement with `?` parameters and returns its rows, every column as text.
    func query(_ sql: String, _ values: [DatabaseValue]) throws -> [DatabaseRow] {
        let numbered = Self.numberedParameters(sql)
        let texts: [UnsafeMutablePointer<CChar>?] = values.map { value in value.text.map { strdup($0) } }
        defer {
            for text in texts { free(text) }
        }

        let result = texts.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { parameters in
                PQexecParams(handle, numbered, Int32(values.count), nil, parameters.baseAddress, nil, nil, 0)
            }
        }
        defer { PQclear(result) }
        try check(result, sql: sql)

        let rowCount = PQntuples(result)
        let columnCount = PQnfields(result)
        return (0..<rowCount).map { row in
            DatabaseRow(
                columns: (0..<columnCount).map { column in
                    PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                })
        }
    }

    /// Runs `work` between `BEGIN` and `COMMIT`, rolling back when it or the commit throws.
    func inTransaction<Result>(_ work: () throws -> Result) throws -> Result {
        try execute("BEGIN")

        do {
            let result = try work()
            try execute("COMMIT")
            return result
        } catch {
            if PQtransactionStatus(handle) != PQTRANS_IDLE {
                PQclear(PQexec(handle, "ROLLBACK"))
            }
            throw error
        }
    }

    /// Sends rows with `COPY ... FROM STDIN` in text format, one buffer per batch of rows.
    func copy(into table: String, columns: [String], rows: [[DatabaseValue]]) throws {
        let sql = "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"
        let start = PQexec(handle, sql)
        let status = PQresultStatus(start)
        guard status == PGRES_COPY_IN else {
            defer { PQclear(start) }
            try check(start, sql: sql)
            throw error(message: "the server did not accept COPY data", sqlState: "", sql: sql)
        }
        PQclear(start)

        var buffer = ""
        var failure: String?
        for row in rows {
            CopyText.append(row, to: &buffer)
            if buffer.utf8.count >= 1 << 20 {
                if !send(buffer) {
                    failure = lastMessage
                    break
                }
                buffer = ""
            }
        }
        if failure == nil, !buffer.isEmpty, !send(buffer) { failure = lastMessage }

        PQputCopyEnd(handle, failure)
        try finishCommand(sql: sql)
    }

    // MARK: - Private

    private var lastMessage: String {
        Self.trimmed(String(cString: PQerrorMessage(handle)))
    }

    private func send(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                PQputCopyData(handle, chars.baseAddress, Int32(chars.count)) == 1
            }
        }
    }

    /// Reads every result of the command in progress and throws the first error among them.
    private func finishCommand(sql: String) throws {
        var firstError: StoreError?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            do {
                try check(result, sql: sql)
            } catch let error as StoreError {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    private func check(_ result: OpaquePointer?, sql: String) throws {
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_IN:
            return
        default:
            let message = result.map { String(cString: PQresultErrorMessage($0)) } ?? ""
            let sqlState = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map {
                String(cString: $0)
            }
            throw error(
                message: message.isEmpty ? lastMessage : Self.trimmed(message), sqlState: sqlState ?? "", sql: sql)
        }
    }

    private func error(message: String, sqlState: String, sql: String) -> StoreError {
        StoreError.postgreSQL(url: url.redacted, sqlState: sqlState, message: url.redact(message), sql: sql)
    }

    private static func trimmed(_ message: String) -> String {
        String(message.reversed().drop { $0.isWhitespace }.reversed())
            .replacing("\n", with: " ")
    }

    /// Turns each `?` outside quotes into `$1`, `$2`..., PostgreSQL's parameter markers.
    static func numberedParameters(_ sql: String) -> String {
        var result = ""
        var number = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// The handle belongs to one thread at a time; see the class comment.
@available(*, unavailable)
extension PostgreSQLConnection: Sendable {}
