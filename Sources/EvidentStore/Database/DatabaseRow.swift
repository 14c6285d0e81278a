/// One row of a query result, with every column as text the way both databases print it.
///
/// Reading columns as text keeps the two backends identical: SQLite converts integers to their
/// decimal text and PostgreSQL's text result format does the same.
struct DatabaseRow: Hashable {
    /// The columns in select order; `nil` is SQL NULL.
    let columns: [String?]

    /// The text in a column, or `nil` for NULL.
    func text(at column: Int) -> String? {
        columns[column]
    }

    /// The integer in a column; 0 for NULL or text that is not an integer.
    func integer(at column: Int) -> Int64 {
        columns[column].flatMap { Int64($0) } ?? 0
    }
}
