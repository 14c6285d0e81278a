import CSQLite

extension SQLiteConnection: DatabaseConnection {
    var dialect: SQLDialect { .sqlite }

    var location: String { path }

    func query(_ sql: String, _ values: [DatabaseValue]) throws -> [DatabaseRow] {
        let statement = try prepare(sql)
        try statement.bind(values.map(SQLiteValue.init))

        var rows: [DatabaseRow] = []
        let columnCount = statement.columnCount
        while try statement.step() {
            rows.append(DatabaseRow(columns: (0..<columnCount).map { statement.text(at: $0) }))
        }
        return rows
    }

    /// Inserts through one prepared statement reused for every row; inside a transaction this is
    /// as fast as SQLite loads rows.
    func insert(into table: String, columns: [String], rows: [[DatabaseValue]]) throws {
        guard !rows.isEmpty else { return }

        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let statement = try prepare(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))")
        for row in rows {
            try statement.run(row.map(SQLiteValue.init))
        }
    }

    /// `BEGIN IMMEDIATE` in `inTransaction` already takes SQLite's write lock, so migrations of
    /// two processes take turns without another lock.
    func withMigrationLock<Result>(_ work: () throws -> Result) throws -> Result {
        try work()
    }
}

extension SQLiteValue {
    /// The SQLite value of a store value.
    init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .text(let text): self = .text(text)
        }
    }
}
