/// The SHA-256 of rows as both databases print them, for ledger payloads.
///
/// Each column is written as its UTF-8 length in decimal, a colon and its bytes, and SQL NULL as `N`,
/// each followed by a semicolon; each row ends with a line feed. Because every value carries its
/// length, no value can move text into a neighbouring column without changing the digest.
enum RowDigest {
    /// Hashes rows.
    static func sha256(_ rows: [DatabaseRow]) -> String {
        let hasher = SHA256Hasher()
        for row in rows {
            for column in row.columns {
                if let column {
                    let bytes = Array(column.utf8)
                    hasher.update(Array("\(bytes.count):".utf8))
                    hasher.update(bytes)
                } else {
                    hasher.update(Array("N".utf8))
                }
                hasher.update(Array(";".utf8))
            }
            hasher.update(Array("\n".utf8))
        }
        return hasher.finalize()
    }

    /// Runs a query with one id parameter and hashes its rows.
    static func sha256(_ sql: String, id: Int64, connection: some DatabaseConnection) throws -> String {
        sha256(try connection.query(sql, [.integer(id)]))
    }
}
