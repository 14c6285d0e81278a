/// The SHA-256 of rows as both databases print them, for ledger payloads.
///
/// Columns are separated by U+001F, rows end with U+001E, and SQL NULL is written as U+0000, so no
/// two different row sets give the same text.
enum RowDigest {
    /// Hashes rows.
    static func sha256(_ rows: [DatabaseRow]) -> String {
        let hasher = SHA256Hasher()
        for row in rows {
            for (index, column) in row.columns.enumerated() {
                if index > 0 { hasher.update([0x1F]) }
                hasher.update(column.map { Array($0.utf8) } ?? [0x00])
            }
            hasher.update([0x1E])
        }
        return hasher.finalize()
    }

    /// Runs a query with one id parameter and hashes its rows.
    static func sha256(_ sql: String, id: Int64, connection: some DatabaseConnection) throws -> String {
        sha256(try connection.query(sql, [.integer(id)]))
    }
}
